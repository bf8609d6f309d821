import { useApolloClient, useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import type {
  ConfirmMfaEnrolmentMutation as ConfirmData,
  MfaEnrolmentFieldsFragment,
  VerifyMfaMutation as VerifyData,
  ViewerFieldsFragment,
} from '../../../gql/graphql';
import { assertNever } from '../../../shared/lib/assert-never';
import { BeginMfaEnrolmentMutation, ConfirmMfaEnrolmentMutation, VerifyMfaMutation } from '../auth.graphql';
import { rememberViewer } from './use-sign-in';

export type MfaCodeOutcome =
  | { type: 'SIGNED_IN'; viewer: ViewerFieldsFragment; recoveryCodes: string[] | null }
  | { type: 'INVALID_CODE' }
  // The five minutes are over (or the challenge was used): back to the password.
  | { type: 'EXPIRED' }
  | { type: 'LOCKED'; lockedUntil: string }
  | { type: 'INVALID_INPUT' };

type Refusal = Exclude<VerifyData['verifyMfa'], { __typename: 'Viewer' }>;

function refusalOutcome(result: Refusal): MfaCodeOutcome {
  switch (result.__typename) {
    case 'InvalidMfaCodeError':
      return { type: 'INVALID_CODE' };
    case 'MfaChallengeExpiredError':
      return { type: 'EXPIRED' };
    case 'AccountLockedError':
      return { type: 'LOCKED', lockedUntil: result.lockedUntil };
    case 'ValidationError':
      return { type: 'INVALID_INPUT' };
    default:
      return assertNever(result);
  }
}

/** Maps every member of the VerifyMfaResult union. */
export function toVerifyOutcome(result: VerifyData['verifyMfa']): MfaCodeOutcome {
  return result.__typename === 'Viewer'
    ? { type: 'SIGNED_IN', viewer: result, recoveryCodes: null }
    : refusalOutcome(result);
}

/** Maps every member of the ConfirmMfaEnrolmentResult union. */
export function toConfirmOutcome(result: ConfirmData['confirmMfaEnrolment']): MfaCodeOutcome {
  return result.__typename === 'MfaEnrolled'
    ? { type: 'SIGNED_IN', viewer: result.viewer, recoveryCodes: result.recoveryCodes }
    : refusalOutcome(result);
}

/** The second step of sign-in: a code (or recovery code) for the challenge, or an enrolment's first code. */
export function useMfaSignIn() {
  const client = useApolloClient();
  const [verify, verifying] = useMutation(VerifyMfaMutation);
  const [confirm, confirming] = useMutation(ConfirmMfaEnrolmentMutation);
  const [begin, beginning] = useMutation(BeginMfaEnrolmentMutation);

  const submitCode = useCallback(
    async (mode: 'VERIFY' | 'ENROL', challenge: string, code: string): Promise<MfaCodeOutcome> => {
      const input = { challenge, code };
      const outcome =
        mode === 'VERIFY'
          ? toVerifyOutcome((await verify({ variables: { input } })).data!.verifyMfa)
          : toConfirmOutcome((await confirm({ variables: { input } })).data!.confirmMfaEnrolment);
      // The enrolment's recovery codes are shown before the app moves on: the cache is set then.
      if (outcome.type === 'SIGNED_IN' && !outcome.recoveryCodes)
        await rememberViewer(client, outcome.viewer);
      return outcome;
    },
    [client, confirm, verify],
  );

  const beginEnrolment = useCallback(
    async (challenge: string): Promise<MfaEnrolmentFieldsFragment | null> => {
      const { data } = await begin({ variables: { challenge } });
      const result = data?.beginMfaEnrolment;
      return result?.__typename === 'MfaEnrolment' ? result : null;
    },
    [begin],
  );

  return {
    submitCode,
    beginEnrolment,
    rememberViewer: (viewer: ViewerFieldsFragment) => rememberViewer(client, viewer),
    isBusy: verifying.loading || confirming.loading || beginning.loading,
  };
}
