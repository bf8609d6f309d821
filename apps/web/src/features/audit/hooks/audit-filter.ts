import type { AuditEventsQueryVariables } from '../../../gql/graphql';
import { zhCN } from '../../../i18n/zh-CN';
import { startOfNextDayInstant, startOfDayInstant } from '../../../shared/lib/dates';

export const AUDIT_PAGE_SIZE = 50;

const ACTION_PREFIX = 'audit.action.';

/**
 * Every action the trail records, as the i18n files name it (issue 10): the picker offers these, each
 * with its name in the viewer's language. An API test holds the list complete against the API's actions.
 */
export const AUDIT_ACTION_CODES: readonly string[] = Object.keys(zhCN)
  .filter((key) => key.startsWith(ACTION_PREFIX))
  .map((key) => key.slice(ACTION_PREFIX.length));

/** A person picked by name in the filter. */
export interface AuditActorOption {
  id: string;
  displayName: string;
  username: string;
}

/** The audit filter form: days are calendar days (YYYY-MM-DD) in Asia/Shanghai. */
export interface AuditFilterValues {
  actor: AuditActorOption | null;
  actions: string[];
  fromDay: string;
  toDay: string;
}

export const EMPTY_AUDIT_FILTER: AuditFilterValues = {
  actor: null,
  actions: [],
  fromDay: '',
  toDay: '',
};

/** The API's `to` is exclusive, so the chosen end day is sent as the start of the day after. */
export function toAuditVariables(values: AuditFilterValues, after: string | null): AuditEventsQueryVariables {
  const criteria = {
    ...(values.actor ? { actorAccountId: values.actor.id } : {}),
    ...(values.actions.length > 0 ? { actions: values.actions } : {}),
    ...(values.fromDay ? { from: startOfDayInstant(values.fromDay) } : {}),
    ...(values.toDay ? { to: startOfNextDayInstant(values.toDay) } : {}),
  };
  return {
    first: AUDIT_PAGE_SIZE,
    ...(Object.keys(criteria).length > 0 ? { filter: criteria } : {}),
    ...(after ? { after } : {}),
  };
}
