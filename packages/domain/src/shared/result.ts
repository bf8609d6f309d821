import type { RuleId } from '../organisation/organisation.types';

/** An expected refusal: a stable code for the UI to translate, the rule behind it, and an English message. */
export interface DomainError<Code extends string> {
  code: Code;
  ruleId: RuleId;
  message: string;
}

/** Expected failures are data, never thrown. */
export type Result<Value, Code extends string> =
  { ok: true; value: Value } | { ok: false; error: DomainError<Code> };

export const succeed = <Value>(value: Value): { ok: true; value: Value } => ({ ok: true, value });

export const refuse = <Code extends string>(
  code: Code,
  ruleId: RuleId,
  message: string,
): { ok: false; error: DomainError<Code> } => ({ ok: false, error: { code, ruleId, message } });
