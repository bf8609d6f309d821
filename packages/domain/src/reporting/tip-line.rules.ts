import type { RuleId } from '../organisation/organisation.types';

/** REP-9: where an anonymous tip stands: open, turned into a case (the talk goes on), or closed. */
export const TIP_STATUSES = ['OPEN', 'CONVERTED', 'CLOSED'] as const;
export type TipStatus = (typeof TIP_STATUSES)[number];

/** Who wrote a message of a tip's conversation. */
export const TIP_AUTHORS = ['REPORTER', 'SAFETY'] as const;
export type TipAuthor = (typeof TIP_AUTHORS)[number];

export type TipEvent = 'CONVERT' | 'CLOSE';

/** One move of a tip's lifecycle. */
export interface TipTransition {
  from: readonly TipStatus[];
  event: TipEvent;
  to: TipStatus;
  ruleId: RuleId;
}

/** REP-9, REP-8: the lifecycle as data: an open tip becomes a case or is closed; a case's tip closes too. */
export const TIP_TRANSITIONS: readonly TipTransition[] = Object.freeze([
  { from: ['OPEN'], event: 'CONVERT', to: 'CONVERTED', ruleId: 'REP-8' },
  { from: ['OPEN', 'CONVERTED'], event: 'CLOSE', to: 'CLOSED', ruleId: 'REP-9' },
]);

export type TipTransitionDecision =
  | { allowed: true; to: TipStatus; ruleId: RuleId }
  | { allowed: false; code: 'NOT_FROM_STATUS'; ruleId: RuleId };

/** REP-9: may a tip in this status take this step, and where does it go? */
export function decideTipTransition(from: TipStatus, event: TipEvent): TipTransitionDecision {
  const move = TIP_TRANSITIONS.find((t) => t.event === event && t.from.includes(from));
  return move
    ? { allowed: true, to: move.to, ruleId: move.ruleId }
    : { allowed: false, code: 'NOT_FROM_STATUS', ruleId: 'REP-9' };
}

/** REP-9: both sides write while the tip is not closed. */
export function isTipConversationOpen(status: TipStatus): boolean {
  return status !== 'CLOSED';
}

/** Who is to write next: 安稳办 after the reporter, the reporter after 安稳办 (none once closed). */
export function tipAwaiting(status: TipStatus, lastAuthor: TipAuthor): TipAuthor | null {
  if (!isTipConversationOpen(status)) return null;
  return lastAuthor === 'REPORTER' ? 'SAFETY' : 'REPORTER';
}

/** Letters and digits that cannot be mistaken for one another when written down (no 0/O, 1/I/L). */
export const TIP_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
/** A tip code's length (two groups of four) and a passphrase's (four groups of four). */
export const TIP_CODE_LENGTH = 8;
export const TIP_PASSPHRASE_LENGTH = 16;

/** Groups of four, joined with '-', as the reporter writes them down. */
export function groupTipCharacters(characters: string): string {
  return (characters.match(/.{1,4}/g) ?? []).join('-');
}

/**
 * What the reporter typed, as stored: full-width forms folded (NFKC), upper case, spaces and dashes
 * dropped. Null when it cannot be a code of this length.
 */
export function normaliseTipSecret(typed: string, length: number): string | null {
  const plain = typed
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[\s\-_]/g, '');
  const isWellFormed = plain.length === length && [...plain].every((c) => TIP_CODE_ALPHABET.includes(c));
  return isWellFormed ? plain : null;
}
