import { buildRiskSubject } from '../testing/risk-subject-factories';
import { toRiskSubjectOutcome } from './risk-subject-outcome';

describe('toRiskSubjectOutcome', () => {
  it('PRV-3: maps every member of the result union', () => {
    const subject = buildRiskSubject();
    expect(toRiskSubjectOutcome(subject)).toEqual({ type: 'SAVED', subject });
    expect(
      toRiskSubjectOutcome({ __typename: 'ValidationError', field: 'note', code: 'VALIDATION_FAILED' }),
    ).toEqual({ type: 'INVALID_INPUT', field: 'note' });
    expect(toRiskSubjectOutcome({ __typename: 'RiskSubjectNotFoundError', code: 'NOT_FOUND' })).toEqual({
      type: 'NOT_FOUND',
    });
    expect(toRiskSubjectOutcome({ __typename: 'RiskSubjectForbiddenError', code: 'FORBIDDEN' })).toEqual({
      type: 'FORBIDDEN',
    });
    expect(
      toRiskSubjectOutcome({
        __typename: 'RiskSubjectStateError',
        code: 'INVALID_RISK_SUBJECT_STATE',
        reason: 'REFERRAL_INCOMPLETE',
      }),
    ).toEqual({ type: 'REFUSED', reason: 'REFERRAL_INCOMPLETE' });
  });
});
