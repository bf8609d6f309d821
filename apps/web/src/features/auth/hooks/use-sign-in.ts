import type { ApolloClient } from '@apollo/client';
import { useCallback, useState } from 'react';
import type {
  SignInInput,
  SignInMutation as SignInMutationData,
  ViewerFieldsFragment,
} from '../../../gql/graphql';
import { assertNever } from '../../../shared/lib/assert-never';
import { MeQuery, SignInMutation } from '../auth.graphql';
import { useLazyApolloClient } from './use-lazy-apollo-client';

export type SignInOutcome =
  | { type: 'SIGNED_IN'; viewer: ViewerFieldsFragment }
  // The password was right; a TOTP or recovery code comes next (or, first, an enrolment).
  | { type: 'MFA_REQUIRED'; challenge: string }
  | { type: 'MFA_ENROLMENT_REQUIRED'; challenge: string }
  // Deliberately one outcome for unknown user and wrong password: the UI must not tell them apart.
  | { type: 'INVALID_CREDENTIALS' }
  | { type: 'LOCKED'; lockedUntil: string }
  | { type: 'INVALID_INPUT'; field: string | null };

/** Maps every member of the SignInResult union; a new member fails the type check. */
export function toSignInOutcome(result: SignInMutationData['signIn']): SignInOutcome {
  switch (result.__typename) {
    case 'Viewer':
      return { type: 'SIGNED_IN', viewer: result };
    case 'MfaRequired':
      return { type: 'MFA_REQUIRED', challenge: result.challenge };
    case 'MfaEnrolmentRequired':
      return { type: 'MFA_ENROLMENT_REQUIRED', challenge: result.challenge };
    case 'InvalidCredentialsError':
      return { type: 'INVALID_CREDENTIALS' };
    case 'AccountLockedError':
      return { type: 'LOCKED', lockedUntil: result.lockedUntil };
    case 'ValidationError':
      return { type: 'INVALID_INPUT', field: result.field ?? null };
    default:
      return assertNever(result);
  }
}

/** A new session: nothing cached for a previous user may leak into it. */
export async function rememberViewer(client: ApolloClient, viewer: ViewerFieldsFragment): Promise<void> {
  await client.clearStore();
  client.writeQuery({ query: MeQuery, data: { __typename: 'Query', me: viewer } });
}

// Apollo Client is loaded on demand (useLazyApolloClient): the sign-in form paints without it.
export function useSignIn() {
  const getClient = useLazyApolloClient();
  const [loading, setLoading] = useState(false);

  const signIn = useCallback(
    async (input: SignInInput): Promise<SignInOutcome> => {
      setLoading(true);
      try {
        const client = await getClient();
        const { data } = await client.mutate({ mutation: SignInMutation, variables: { input } });
        if (!data) throw new Error('signIn answered without data');
        const outcome = toSignInOutcome(data.signIn);
        if (outcome.type === 'SIGNED_IN') await rememberViewer(client, outcome.viewer);
        return outcome;
      } finally {
        setLoading(false);
      }
    },
    [getClient],
  );

  return { signIn, isSigningIn: loading };
}
