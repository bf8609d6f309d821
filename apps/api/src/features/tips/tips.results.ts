import { createUnionType, Field, Int, ObjectType } from 'type-graphql';
import { ErrorCode, ErrorResult, ValidationError } from '../../shared/graphql/error-result';
import { CaseForbiddenError, CaseNotFoundError, ReportingTimeError } from '../incidents/incident-errors.type';
import { Tip, TipReceipt, TipThread } from './tip.type';

@ObjectType({
  implements: ErrorResult,
  description: 'No such tip, or the code and passphrase do not match (the two are answered alike).',
})
export class TipNotFoundError extends ErrorResult {
  static of(): TipNotFoundError {
    return Object.assign(new TipNotFoundError(), { code: ErrorCode.NOT_FOUND, message: 'Tip not found' });
  }
}

@ObjectType({ implements: ErrorResult, description: 'The viewer may not do this (REP-9, REP-7).' })
export class TipForbiddenError extends ErrorResult {
  @Field({ description: 'The rule of the tip policy that refuses it.' })
  ruleId: string;

  static of(message: string, ruleId: string): TipForbiddenError {
    return Object.assign(new TipForbiddenError(), { code: ErrorCode.FORBIDDEN, message, ruleId });
  }
}

@ObjectType({ implements: ErrorResult, description: 'REP-9: the tip is closed or already a case.' })
export class TipStateError extends ErrorResult {
  static of(message: string): TipStateError {
    return Object.assign(new TipStateError(), { code: ErrorCode.INVALID_TIP_STATE, message });
  }
}

@ObjectType({
  implements: ErrorResult,
  description: 'REP-9: too many tips, replies or wrong passphrases from here or for this code; try later.',
})
export class TipRateLimitedError extends ErrorResult {
  @Field(() => Int, { description: 'Seconds until it may be tried again.' })
  retryAfterSeconds: number;

  static of(retryAfterSeconds: number): TipRateLimitedError {
    return Object.assign(new TipRateLimitedError(), {
      code: ErrorCode.TIP_RATE_LIMITED,
      message: 'Too many attempts; try again later',
      retryAfterSeconds,
    });
  }
}

@ObjectType({
  implements: ErrorResult,
  description: 'REP-9: the proof of work is missing, expired, already used or does not solve the challenge.',
})
export class TipProofError extends ErrorResult {
  static of(message: string): TipProofError {
    return Object.assign(new TipProofError(), { code: ErrorCode.TIP_PROOF_REFUSED, message });
  }
}

export const SubmitTipResult = createUnionType({
  name: 'SubmitTipResult',
  description: 'The tip code and passphrase, shown once, or why the tip was not taken.',
  types: () => [TipReceipt, ValidationError, TipProofError, TipRateLimitedError] as const,
});

const threadResult = (name: string) =>
  createUnionType({
    name,
    description: 'The conversation as the reporter reads it, or why not.',
    types: () => [TipThread, ValidationError, TipNotFoundError, TipRateLimitedError, TipStateError] as const,
  });
export const TipThreadResult = threadResult('TipThreadResult');
export const ReplyToTipResult = threadResult('ReplyToTipResult');

const tipResult = (name: string) =>
  createUnionType({
    name,
    description: 'The tip as it now stands, or why not.',
    types: () =>
      [
        Tip,
        ValidationError,
        TipNotFoundError,
        TipForbiddenError,
        TipStateError,
        CaseNotFoundError,
        CaseForbiddenError,
        ReportingTimeError,
      ] as const,
  });
export const AnswerTipResult = tipResult('AnswerTipResult');
export const CloseTipResult = tipResult('CloseTipResult');
export const ConvertTipToCaseResult = tipResult('ConvertTipToCaseResult');
