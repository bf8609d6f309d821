import type {
  RecordRiskFollowUpMutation,
  RiskSubjectFieldsFragment,
  RiskTransitionRefusal,
} from '../../../gql/graphql';
import { assertNever } from '../../../shared/lib/assert-never';

/** Every surroundings mutation answers the same union: the subject as it stands, or why not. */
export type RiskSubjectResult = RecordRiskFollowUpMutation['recordRiskFollowUp'];

export type RiskSubjectOutcome =
  | { type: 'SAVED'; subject: RiskSubjectFieldsFragment }
  | { type: 'INVALID_INPUT'; field: string | null }
  | { type: 'NOT_FOUND' }
  | { type: 'FORBIDDEN' }
  | { type: 'REFUSED'; reason: RiskTransitionRefusal };

/** Maps every member of the surroundings result unions; a new member fails the type check. */
export function toRiskSubjectOutcome(result: RiskSubjectResult): RiskSubjectOutcome {
  switch (result.__typename) {
    case 'RiskSubject':
      return { type: 'SAVED', subject: result };
    case 'ValidationError':
      return { type: 'INVALID_INPUT', field: result.field ?? null };
    case 'RiskSubjectNotFoundError':
      return { type: 'NOT_FOUND' };
    case 'RiskSubjectForbiddenError':
      return { type: 'FORBIDDEN' };
    case 'RiskSubjectStateError':
      return { type: 'REFUSED', reason: result.reason };
    default:
      return assertNever(result);
  }
}
