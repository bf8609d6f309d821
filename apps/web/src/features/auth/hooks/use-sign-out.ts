import { useApolloClient, useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import { paths } from '../../../app/paths';
import { SignOutMutation } from '../auth.graphql';

export function useSignOut() {
  const client = useApolloClient();
  const navigate = useNavigate();
  const [mutate, { loading }] = useMutation(SignOutMutation);

  const signOut = useCallback(async () => {
    try {
      await mutate();
    } finally {
      // Leave the guarded pages first, then drop the cache, so no page re-renders with half the data.
      await navigate(paths.signIn(), { replace: true });
      await client.clearStore();
    }
  }, [client, mutate, navigate]);

  return { signOut, isSigningOut: loading };
}
