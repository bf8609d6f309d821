import { useApolloClient, useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import type {
  SignInInput,
  SignInMutation as SignInMutationData,
  ViewerFieldsFragment,
} from '../../../gql/graphql';
import { assertNever } from '../../../shared/lib/assert-never';
import { MeQuery, SignInMutation } from '../auth.graphql';

export type SignInOutcome =
  | { type: 'SIGNED_IN'; viewer: ViewerFieldsFragment }
  // Deliberately one outcome for unknown user and wrong password: the UI must not tell them apart.
  | { type: 'INVALID_CREDENTIALS' }
  | { type: 'LOCKED'; lockedUntil: string }
  | { type: 'INVALID_INPUT'; field: string | null };

/** Maps every member of the SignInResult union; a new member fails the type check. */
export function toSignInOutcome(result: SignInMutationData['signIn']): SignInOutcome {
  switch (result.__typename) {
    case 'Viewer':
      return { type: 'SIGNED_IN', viewer: result };
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

export function useSignIn() {
  const client = useApolloClient();
  const [mutate, { loading }] = useMutation(SignInMutation);

  const signIn = useCallback(
    async (input: SignInInput): Promise<SignInOutcome> => {
      const { data } = await mutate({ variables: { input } });
      if (!data) throw new Error('signIn answered without data');
      const outcome = toSignInOutcome(data.signIn);
      if (outcome.type === 'SIGNED_IN') {
        // Nothing cached for a previous user may leak into this session.
        await client.clearStore();
        client.writeQuery({ query: MeQuery, data: { __typename: 'Query', me: outcome.viewer } });
      }
      return outcome;
    },
    [client, mutate],
  );

  return { signIn, isSigningIn: loading };
}
