import { assertNever } from '../../../shared/lib/assert-never';

/** A mutation's answer as the pages read it: done, or why not. */
export type InspectionOutcome<T> =
  | { type: 'DONE'; value: T }
  | { type: 'INVALID'; field: string | null }
  | { type: 'FORBIDDEN' }
  | { type: 'NOT_FOUND' }
  | { type: 'STATE' };

type Refusal =
  | { __typename: 'ValidationError'; field?: string | null }
  | { __typename: 'InspectionForbiddenError' }
  | { __typename: 'InspectionNotFoundError' }
  | { __typename: 'InspectionStateError' };

/** Maps a result union of this feature (success member named `success`) exhaustively. */
export function toInspectionOutcome<U extends { __typename: string }, N extends U['__typename']>(
  result: U,
  success: N,
): InspectionOutcome<Extract<U, { __typename: N }>> {
  if (result.__typename === success) return { type: 'DONE', value: result as Extract<U, { __typename: N }> };
  const refusal = result as unknown as Refusal;
  switch (refusal.__typename) {
    case 'ValidationError':
      return { type: 'INVALID', field: refusal.field ?? null };
    case 'InspectionForbiddenError':
      return { type: 'FORBIDDEN' };
    case 'InspectionNotFoundError':
      return { type: 'NOT_FOUND' };
    case 'InspectionStateError':
      return { type: 'STATE' };
    default:
      return assertNever(refusal);
  }
}
