import { createUnionType, Field, ObjectType } from 'type-graphql';
import { ErrorCode, ErrorResult, ValidationError } from '../../shared/graphql/error-result';
import { RiskTransitionRefusalEnum } from './surroundings.enums';
import { RiskSubject } from './surroundings.type';

@ObjectType({
  implements: ErrorResult,
  description: 'No such risk subject or institution, or not one the viewer reads.',
})
export class RiskSubjectNotFoundError extends ErrorResult {
  static of(): RiskSubjectNotFoundError {
    return Object.assign(new RiskSubjectNotFoundError(), {
      code: ErrorCode.NOT_FOUND,
      message: 'Risk subject not found',
    });
  }
}

@ObjectType({
  implements: ErrorResult,
  description: 'The viewer may not do this (PRV-3: the head or 安稳办 only).',
})
export class RiskSubjectForbiddenError extends ErrorResult {
  @Field({ description: 'The rule of the surroundings policy that refuses it.' })
  ruleId: string;

  static of(message: string, ruleId: string): RiskSubjectForbiddenError {
    return Object.assign(new RiskSubjectForbiddenError(), { code: ErrorCode.FORBIDDEN, message, ruleId });
  }
}

@ObjectType({
  implements: ErrorResult,
  description:
    'PRV-3: the lifecycle refuses the step (closed, not referred yet, no or a wrong closing reason).',
})
export class RiskSubjectStateError extends ErrorResult {
  @Field(() => RiskTransitionRefusalEnum, { description: 'Why the lifecycle refuses it.' })
  reason: string;

  @Field({ description: 'The rule behind it.' })
  ruleId: string;

  static of(reason: string, ruleId: string): RiskSubjectStateError {
    return Object.assign(new RiskSubjectStateError(), {
      code: ErrorCode.INVALID_RISK_SUBJECT_STATE,
      message: `The risk subject cannot take this step: ${reason}`,
      reason,
      ruleId,
    });
  }
}

const riskSubjectResult = (name: string) =>
  createUnionType({
    name,
    description: 'The risk subject as it now stands, or why not.',
    types: () =>
      [
        RiskSubject,
        ValidationError,
        RiskSubjectNotFoundError,
        RiskSubjectForbiddenError,
        RiskSubjectStateError,
      ] as const,
  });

export const RecordRiskSubjectResult = riskSubjectResult('RecordRiskSubjectResult');
export const RecordRiskFollowUpResult = riskSubjectResult('RecordRiskFollowUpResult');
export const CloseRiskSubjectResult = riskSubjectResult('CloseRiskSubjectResult');
