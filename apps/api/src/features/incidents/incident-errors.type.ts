import type { BreachCode, ReportingErrorCode, TransitionErrorCode } from '@xiaohu/domain';
import { Field, ObjectType } from 'type-graphql';
import { ErrorCode, ErrorResult } from '../../shared/graphql/error-result';
import { BreachCodeEnum, ReportingTimeProblemEnum, TransitionRefusalEnum } from './incident.enums';

@ObjectType({
  implements: ErrorResult,
  description: 'No such case, or not visible to the viewer (same answer).',
})
export class CaseNotFoundError extends ErrorResult {
  static create(): CaseNotFoundError {
    return Object.assign(new CaseNotFoundError(), { code: ErrorCode.NOT_FOUND, message: 'Case not found' });
  }
}

@ObjectType({ implements: ErrorResult, description: 'The viewer sees the case but may not do this.' })
export class CaseForbiddenError extends ErrorResult {
  @Field(() => String, { nullable: true, description: 'The rule of the case policy that refuses it.' })
  ruleId: string | null;

  static create(message: string, ruleId: string | null = null): CaseForbiddenError {
    return Object.assign(new CaseForbiddenError(), { code: ErrorCode.FORBIDDEN, message, ruleId });
  }
}

@ObjectType({
  implements: ErrorResult,
  description: 'A time given breaks the reporting timeline (REP-2, REP-3).',
})
export class ReportingTimeError extends ErrorResult {
  @Field(() => ReportingTimeProblemEnum, { description: 'What is wrong.' })
  problem: ReportingErrorCode;

  @Field({ description: 'The rule.' })
  ruleId: string;

  @Field(() => String, { nullable: true, description: 'The input field at fault.' })
  field: string | null;

  static of(
    problem: ReportingErrorCode,
    ruleId: string,
    message: string,
    field: string | null,
  ): ReportingTimeError {
    return Object.assign(new ReportingTimeError(), {
      code: ErrorCode.INVALID_TIMELINE,
      message,
      problem,
      ruleId,
      field,
    });
  }
}

@ObjectType({ implements: ErrorResult, description: 'The workflow refused the step (canTransition).' })
export class TransitionRefusedError extends ErrorResult {
  @Field(() => TransitionRefusalEnum, { description: 'Why.' })
  refusal: TransitionErrorCode;

  @Field({ description: 'The rule.' })
  ruleId: string;

  @Field(() => BreachCodeEnum, {
    nullable: true,
    description: 'The breach the refused attempt recorded (漏报, 私下调解).',
  })
  breachRecorded: BreachCode | null;

  static of(
    refusal: TransitionErrorCode,
    ruleId: string,
    message: string,
    breachRecorded: BreachCode | null,
  ): TransitionRefusedError {
    return Object.assign(new TransitionRefusedError(), {
      code: ErrorCode.TRANSITION_REFUSED,
      message,
      refusal,
      ruleId,
      breachRecorded,
    });
  }
}
