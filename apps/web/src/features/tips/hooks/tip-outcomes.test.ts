import { toSubmitOutcome, toThreadOutcome, toTipOutcome } from './tip-outcomes';

describe('tip outcomes', () => {
  it('REP-9: a receipt, a refused proof and a rate limit read as the page shows them', () => {
    expect(
      toSubmitOutcome({ __typename: 'TipReceipt', tipCode: 'ABCD-2345', passphrase: 'AAAA-BBBB-CCCC-DDDD' }),
    ).toEqual({ type: 'SENT', tipCode: 'ABCD-2345', passphrase: 'AAAA-BBBB-CCCC-DDDD' });
    expect(
      toSubmitOutcome({
        __typename: 'TipRateLimitedError',
        code: 'TIP_RATE_LIMITED' as never,
        message: 'x',
        retryAfterSeconds: 61,
      }),
    ).toEqual({ type: 'RATE_LIMITED', minutes: 2 });
    expect(
      toSubmitOutcome({ __typename: 'TipProofError', code: 'TIP_PROOF_REFUSED' as never, message: 'x' }),
    ).toEqual({
      type: 'PROOF',
    });
    expect(
      toSubmitOutcome({
        __typename: 'ValidationError',
        code: 'VALIDATION_FAILED' as never,
        message: 'x',
        field: 'description',
        limit: 2000,
      }),
    ).toEqual({ type: 'INVALID', field: 'description', limit: 2000 });
  });

  it('REP-9: a wrong passphrase and a closed tip read as such', () => {
    expect(
      toThreadOutcome({ __typename: 'TipNotFoundError', code: 'NOT_FOUND' as never, message: 'x' }),
    ).toEqual({
      type: 'NOT_FOUND',
    });
    expect(
      toThreadOutcome({ __typename: 'TipStateError', code: 'INVALID_TIP_STATE' as never, message: 'x' }),
    ).toEqual({
      type: 'CLOSED',
    });
    expect(
      toTipOutcome({
        __typename: 'ReportingTimeError',
        code: 'INVALID_TIMELINE' as never,
        message: 'future',
        problem: 'EVENT_IN_FUTURE' as never,
      }),
    ).toEqual({ type: 'REFUSED', message: 'future' });
  });
});
