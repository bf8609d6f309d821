import type {
  AnswerTipMutation,
  CloseTipMutation,
  ConvertTipToCaseMutation,
  ReplyToTipMutation,
  SubmitTipMutation,
  TipFieldsFragment,
  TipThreadFieldsFragment,
  TipThreadQuery,
} from '../../../gql/graphql';
import { assertNever } from '../../../shared/lib/assert-never';

/** What went wrong on the public pages, in the reporter's words (tips.error.*). */
export type PublicProblem =
  | { type: 'RATE_LIMITED'; minutes: number }
  | { type: 'PROOF' }
  | { type: 'INVALID'; field: string | null; limit: number | null }
  | { type: 'NOT_FOUND' }
  | { type: 'CLOSED' };

export type SubmitOutcome = { type: 'SENT'; tipCode: string; passphrase: string } | PublicProblem;

const minutes = (seconds: number) => Math.max(1, Math.ceil(seconds / 60));

/** Every member of SubmitTipResult; a new member fails the type check. */
export function toSubmitOutcome(result: SubmitTipMutation['submitTip']): SubmitOutcome {
  switch (result.__typename) {
    case 'TipReceipt':
      return { type: 'SENT', tipCode: result.tipCode, passphrase: result.passphrase };
    case 'ValidationError':
      return { type: 'INVALID', field: result.field ?? null, limit: result.limit ?? null };
    case 'TipProofError':
      return { type: 'PROOF' };
    case 'TipRateLimitedError':
      return { type: 'RATE_LIMITED', minutes: minutes(result.retryAfterSeconds) };
    default:
      return assertNever(result);
  }
}

export type ThreadOutcome = { type: 'THREAD'; thread: TipThreadFieldsFragment } | PublicProblem;

/** Every member of TipThreadResult and ReplyToTipResult. */
export function toThreadOutcome(
  result: TipThreadQuery['tipThread'] | ReplyToTipMutation['replyToTip'],
): ThreadOutcome {
  switch (result.__typename) {
    case 'TipThread':
      return { type: 'THREAD', thread: result };
    case 'ValidationError':
      return {
        type: 'INVALID',
        field: 'field' in result ? (result.field ?? null) : null,
        limit: 'limit' in result ? (result.limit ?? null) : null,
      };
    case 'TipNotFoundError':
      return { type: 'NOT_FOUND' };
    case 'TipRateLimitedError':
      return { type: 'RATE_LIMITED', minutes: minutes(result.retryAfterSeconds) };
    case 'TipStateError':
      return { type: 'CLOSED' };
    default:
      return assertNever(result);
  }
}

export type TipOutcome = { type: 'SAVED'; tip: TipFieldsFragment } | { type: 'REFUSED'; message: string };

/** The staff mutations' answers (answer, close, convert): one union, selected a little differently. */
export type StaffTipResult =
  | ConvertTipToCaseMutation['convertTipToCase']
  | AnswerTipMutation['answerTip']
  | CloseTipMutation['closeTip'];

/** Every member of the staff mutations' union; a new member fails the type check. */
export function toTipOutcome(result: StaffTipResult): TipOutcome {
  switch (result.__typename) {
    case 'Tip':
      return { type: 'SAVED', tip: result };
    case 'ValidationError':
    case 'TipNotFoundError':
    case 'TipForbiddenError':
    case 'TipStateError':
    case 'CaseNotFoundError':
    case 'CaseForbiddenError':
    case 'ReportingTimeError':
      return { type: 'REFUSED', message: result.message };
    default:
      return assertNever(result);
  }
}
