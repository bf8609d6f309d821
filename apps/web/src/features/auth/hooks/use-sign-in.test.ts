import { buildViewer } from '../../../shared/testing/render-with-providers';
import { toSignInOutcome } from './use-sign-in';

describe('SignInResult union → outcome', () => {
  it('maps every member of the union', () => {
    const viewer = buildViewer();
    expect(toSignInOutcome(viewer)).toEqual({ type: 'SIGNED_IN', viewer });
    expect(
      toSignInOutcome({ __typename: 'InvalidCredentialsError', code: 'INVALID_CREDENTIALS', message: 'm' }),
    ).toEqual({ type: 'INVALID_CREDENTIALS' });
    expect(
      toSignInOutcome({
        __typename: 'AccountLockedError',
        code: 'ACCOUNT_LOCKED',
        message: 'm',
        lockedUntil: '2026-03-01T02:30:00.000Z',
      }),
    ).toEqual({ type: 'LOCKED', lockedUntil: '2026-03-01T02:30:00.000Z' });
    expect(
      toSignInOutcome({
        __typename: 'ValidationError',
        code: 'VALIDATION_FAILED',
        message: 'm',
        field: null,
      }),
    ).toEqual({ type: 'INVALID_INPUT', field: null });
  });

  it('throws on a member it does not know rather than guessing', () => {
    const unknown = { __typename: 'SomethingNew' } as unknown as Parameters<typeof toSignInOutcome>[0];
    expect(() => toSignInOutcome(unknown)).toThrow('Unhandled case');
  });
});
