import type { ChildFileFieldsFragment, RecordWelfareTalkMutation } from '../../../gql/graphql';
import { assertNever } from '../../../shared/lib/assert-never';

/** Every child-file mutation answers the same union: the file as it stands, or why not. */
export type ChildFileResult = RecordWelfareTalkMutation['recordWelfareTalk'];

export type ChildFileOutcome =
  | { type: 'SAVED'; file: ChildFileFieldsFragment }
  | { type: 'INVALID_INPUT'; field: string | null }
  | { type: 'NOT_FOUND' }
  | { type: 'FORBIDDEN' }
  | { type: 'CLOSED' };

/** Maps every member of the child-file result unions; a new member fails the type check. */
export function toChildFileOutcome(result: ChildFileResult): ChildFileOutcome {
  switch (result.__typename) {
    case 'ChildFile':
      return { type: 'SAVED', file: result };
    case 'ValidationError':
      return { type: 'INVALID_INPUT', field: result.field ?? null };
    case 'ChildFileNotFoundError':
      return { type: 'NOT_FOUND' };
    case 'ChildFileForbiddenError':
      return { type: 'FORBIDDEN' };
    case 'ChildFileStateError':
      return { type: 'CLOSED' };
    default:
      return assertNever(result);
  }
}
