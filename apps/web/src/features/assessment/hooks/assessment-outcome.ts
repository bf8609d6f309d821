import type { AssessmentFieldsFragment, RecordAssessmentFindingMutation } from '../../../gql/graphql';
import { assertNever } from '../../../shared/lib/assert-never';

/** Every assessment mutation answers the same union: the assessment as it stands, or why not. */
export type AssessmentResult = RecordAssessmentFindingMutation['recordAssessmentFinding'];

export type AssessmentOutcome =
  | { type: 'SAVED'; assessment: AssessmentFieldsFragment }
  | { type: 'INVALID_INPUT'; field: string | null }
  | { type: 'NOT_FOUND' }
  | { type: 'FORBIDDEN' }
  | { type: 'INVALID_STATE' }
  | { type: 'SANCTION_NOT_ALLOWED' };

/** Maps every member of the assessment's result unions; a new member fails the type check. */
export function toAssessmentOutcome(result: AssessmentResult): AssessmentOutcome {
  switch (result.__typename) {
    case 'Assessment':
      return { type: 'SAVED', assessment: result };
    case 'ValidationError':
      return { type: 'INVALID_INPUT', field: result.field ?? null };
    case 'AssessmentNotFoundError':
      return { type: 'NOT_FOUND' };
    case 'AssessmentForbiddenError':
      return { type: 'FORBIDDEN' };
    case 'AssessmentStateError':
      return { type: 'INVALID_STATE' };
    case 'SanctionNotAllowedError':
      return { type: 'SANCTION_NOT_ALLOWED' };
    default:
      return assertNever(result);
  }
}
