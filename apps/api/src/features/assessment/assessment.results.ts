import { createUnionType, Field, ObjectType } from 'type-graphql';
import { ErrorCode, ErrorResult, ValidationError } from '../../shared/graphql/error-result';
import { Assessment, AssessmentPeriod, SanctionOptionView } from './assessment.type';

@ObjectType({ implements: ErrorResult, description: 'No such assessment, or not one the viewer reads.' })
export class AssessmentNotFoundError extends ErrorResult {
  static of(): AssessmentNotFoundError {
    return Object.assign(new AssessmentNotFoundError(), {
      code: ErrorCode.NOT_FOUND,
      message: 'Assessment not found',
    });
  }
}

@ObjectType({ implements: ErrorResult, description: 'The viewer may not do this (ACC-1, ACC-2, ACC-5).' })
export class AssessmentForbiddenError extends ErrorResult {
  @Field({ description: 'The rule of the assessment policy that refuses it.' })
  ruleId: string;

  static of(message: string, ruleId: string): AssessmentForbiddenError {
    return Object.assign(new AssessmentForbiddenError(), { code: ErrorCode.FORBIDDEN, message, ruleId });
  }
}

@ObjectType({
  implements: ErrorResult,
  description: 'Not in this state: no veto, already reviewed, statement window closed or still open (ACC-5).',
})
export class AssessmentStateError extends ErrorResult {
  @Field({ description: 'The rule behind it.' })
  ruleId: string;

  @Field(() => Date, { nullable: true, description: 'The statement window’s end, when it matters.' })
  statementDueAt: Date | null;

  static of(message: string, ruleId: string, statementDueAt: Date | null): AssessmentStateError {
    return Object.assign(new AssessmentStateError(), {
      code: ErrorCode.INVALID_ASSESSMENT_STATE,
      message,
      ruleId,
      statementDueAt,
    });
  }
}

@ObjectType({ implements: ErrorResult, description: 'ACC-2: sanctionOptions does not allow this sanction.' })
export class SanctionNotAllowedError extends ErrorResult {
  @Field(() => [SanctionOptionView], { description: 'What the findings allow.' })
  options: SanctionOptionView[];

  static of(options: SanctionOptionView[]): SanctionNotAllowedError {
    return Object.assign(new SanctionNotAllowedError(), {
      code: ErrorCode.SANCTION_NOT_ALLOWED,
      message: 'The findings do not allow this sanction',
      options,
    });
  }
}

export const OpenAssessmentPeriodResult = createUnionType({
  name: 'OpenAssessmentPeriodResult',
  description: 'The new period, or why not.',
  types: () => [AssessmentPeriod, ValidationError, AssessmentForbiddenError] as const,
});

const assessmentResult = (name: string) =>
  createUnionType({
    name,
    description: 'The assessment as it now stands, or why not.',
    types: () =>
      [
        Assessment,
        ValidationError,
        AssessmentNotFoundError,
        AssessmentForbiddenError,
        AssessmentStateError,
        SanctionNotAllowedError,
      ] as const,
  });

export const RecordAssessmentFindingResult = assessmentResult('RecordAssessmentFindingResult');
export const SubmitVetoStatementResult = assessmentResult('SubmitVetoStatementResult');
export const ReviewVetoResult = assessmentResult('ReviewVetoResult');
export const RecordSanctionResult = assessmentResult('RecordSanctionResult');
