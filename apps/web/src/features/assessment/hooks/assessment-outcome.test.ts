import { toAssessmentOutcome, type AssessmentResult } from './assessment-outcome';
import { toOpenPeriodOutcome } from './use-assessment-mutations';

const error = (typename: string, extra: Record<string, unknown> = {}) =>
  ({ __typename: typename, code: 'X', message: 'm', ...extra }) as unknown as AssessmentResult;

describe('assessment outcomes', () => {
  it('ACC-5: maps every refusal of an assessment mutation to its own outcome', () => {
    expect(toAssessmentOutcome(error('ValidationError', { field: 'reason' }))).toEqual({
      type: 'INVALID_INPUT',
      field: 'reason',
    });
    expect(toAssessmentOutcome(error('AssessmentNotFoundError'))).toEqual({ type: 'NOT_FOUND' });
    expect(toAssessmentOutcome(error('AssessmentForbiddenError', { ruleId: 'ACC-5' }))).toEqual({
      type: 'FORBIDDEN',
    });
    expect(toAssessmentOutcome(error('AssessmentStateError', { statementDueAt: null }))).toEqual({
      type: 'INVALID_STATE',
    });
    expect(toAssessmentOutcome(error('SanctionNotAllowedError'))).toEqual({ type: 'SANCTION_NOT_ALLOWED' });
    const saved = { __typename: 'Assessment', id: 'a-1' } as unknown as AssessmentResult;
    expect(toAssessmentOutcome(saved)).toEqual({ type: 'SAVED', assessment: saved });
  });

  it('ACC-1: opening a period answers the new period or why not', () => {
    expect(toOpenPeriodOutcome({ __typename: 'AssessmentPeriod', id: 'p-1' })).toEqual({
      type: 'OPENED',
      periodId: 'p-1',
    });
    expect(
      toOpenPeriodOutcome({
        __typename: 'ValidationError',
        code: 'VALIDATION_FAILED',
        message: 'm',
        field: 'endsAt',
      }),
    ).toEqual({ type: 'INVALID_INPUT', field: 'endsAt' });
    expect(
      toOpenPeriodOutcome({ __typename: 'AssessmentForbiddenError', code: 'FORBIDDEN', message: 'm' }),
    ).toEqual({ type: 'FORBIDDEN' });
  });
});
