import { useMutation, useQuery } from '@apollo/client/react';
import { useCallback } from 'react';
import type { MfaEnrolmentFieldsFragment } from '../../../gql/graphql';
import {
  BeginMyMfaEnrolmentMutation,
  ConfirmMyMfaEnrolmentMutation,
  DisableMyMfaMutation,
  MyMfaQuery,
} from '../auth.graphql';

export type MyMfaChange =
  { type: 'DONE'; recoveryCodes: string[] | null } | { type: 'REFUSED'; code: string };

/** The viewer's own second factor: its status, and turning it on (two steps) or off. */
export function useMyMfa() {
  const status = useQuery(MyMfaQuery, { fetchPolicy: 'cache-and-network' });
  const refetchQueries = [{ query: MyMfaQuery }];
  const [begin, beginning] = useMutation(BeginMyMfaEnrolmentMutation);
  const [confirm, confirming] = useMutation(ConfirmMyMfaEnrolmentMutation, { refetchQueries });
  const [disable, disabling] = useMutation(DisableMyMfaMutation, { refetchQueries });

  const beginEnrolment = useCallback(async (): Promise<MfaEnrolmentFieldsFragment | null> => {
    const result = (await begin()).data?.beginMyMfaEnrolment;
    return result?.__typename === 'MfaEnrolment' ? result : null;
  }, [begin]);

  const confirmEnrolment = useCallback(
    async (code: string): Promise<MyMfaChange> => {
      const result = (await confirm({ variables: { code } })).data!.confirmMyMfaEnrolment;
      return result.__typename === 'MfaRecoveryCodes'
        ? { type: 'DONE', recoveryCodes: result.recoveryCodes }
        : { type: 'REFUSED', code: result.code };
    },
    [confirm],
  );

  const disableMfa = useCallback(
    async (code: string): Promise<MyMfaChange> => {
      const result = (await disable({ variables: { code } })).data!.disableMyMfa;
      return result.__typename === 'MfaDisabled'
        ? { type: 'DONE', recoveryCodes: null }
        : { type: 'REFUSED', code: result.code };
    },
    [disable],
  );

  return {
    mfa: status.data?.me?.mfa ?? null,
    isLoading: status.loading && !status.data,
    beginEnrolment,
    confirmEnrolment,
    disableMfa,
    isBusy: beginning.loading || confirming.loading || disabling.loading,
  };
}
