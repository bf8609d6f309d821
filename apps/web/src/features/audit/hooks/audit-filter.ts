import type { AuditEventsQueryVariables } from '../../../gql/graphql';
import { startOfNextDayInstant, startOfDayInstant } from '../../../shared/lib/dates';

export const AUDIT_PAGE_SIZE = 50;

/** The audit filter form: days are calendar days (YYYY-MM-DD) in Asia/Shanghai. */
export interface AuditFilterValues {
  actorUsername: string;
  action: string;
  fromDay: string;
  toDay: string;
}

export const EMPTY_AUDIT_FILTER: AuditFilterValues = {
  actorUsername: '',
  action: '',
  fromDay: '',
  toDay: '',
};

/** The API's `to` is exclusive, so the chosen end day is sent as the start of the day after. */
export function toAuditVariables(values: AuditFilterValues, after: string | null): AuditEventsQueryVariables {
  const actorUsername = values.actorUsername.trim();
  const action = values.action.trim();
  const criteria = {
    ...(actorUsername ? { actorUsername } : {}),
    ...(action ? { action } : {}),
    ...(values.fromDay ? { from: startOfDayInstant(values.fromDay) } : {}),
    ...(values.toDay ? { to: startOfNextDayInstant(values.toDay) } : {}),
  };
  return {
    first: AUDIT_PAGE_SIZE,
    ...(Object.keys(criteria).length > 0 ? { filter: criteria } : {}),
    ...(after ? { after } : {}),
  };
}
