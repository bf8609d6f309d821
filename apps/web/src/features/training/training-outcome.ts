import type { RecordAttendanceMutation, RecordTrainingSessionMutation } from '../../gql/graphql';
import { assertNever } from '../../shared/lib/assert-never';

/** What a training change came to; the page words it from i18n (never the server's English message). */
export type TrainingOutcome =
  | { type: 'SAVED'; id: string }
  | { type: 'INVALID_INPUT'; field: string | null }
  | { type: 'FORBIDDEN' }
  | { type: 'NOT_FOUND' };

/** Every member of the training result unions, mapped exhaustively. */
export function toTrainingOutcome(
  result:
    RecordTrainingSessionMutation['recordTrainingSession'] | RecordAttendanceMutation['recordAttendance'],
): TrainingOutcome {
  switch (result.__typename) {
    case 'TrainingSession':
      return { type: 'SAVED', id: result.id };
    case 'ValidationError':
      return { type: 'INVALID_INPUT', field: result.field ?? null };
    case 'TrainingForbiddenError':
      return { type: 'FORBIDDEN' };
    case 'TrainingNotFoundError':
      return { type: 'NOT_FOUND' };
    default:
      return assertNever(result);
  }
}

/** The i18n key of a refused change's message. */
export function trainingRefusalKey(outcome: Exclude<TrainingOutcome, { type: 'SAVED' }>) {
  switch (outcome.type) {
    case 'INVALID_INPUT':
      switch (outcome.field) {
        case 'heldAt':
          return 'training.invalid.heldAt' as const;
        case 'trainer':
          return 'training.invalid.trainer' as const;
        case 'materials':
          return 'training.invalid.materials' as const;
        case 'staffIds':
          return 'training.invalid.staffIds' as const;
        default:
          return 'training.invalid' as const;
      }
    case 'FORBIDDEN':
      return 'training.forbidden' as const;
    case 'NOT_FOUND':
      return 'training.session.notFound' as const;
    default:
      return assertNever(outcome);
  }
}
