import { useCallback } from 'react';
import type {
  CreateAccountInput,
  CreateAccountMutation as CreateAccountData,
  EndAccountSessionsMutation as EndAccountSessionsData,
  ImportHeadAccountsMutation as ImportHeadAccountsData,
  ResetAccountPasswordMutation as ResetAccountPasswordData,
  SetAccountStaffMemberMutation as SetAccountStaffMemberData,
  SetPasswordMutation as SetPasswordData,
} from '../../../gql/graphql';
import { useResultMutation } from '../../../shared/hooks/use-result-mutation';
import {
  AccountSessionsQuery,
  AccountsQuery,
  CreateAccountMutation,
  EndAccountSessionsMutation,
  ImportHeadAccountsMutation,
  ResetAccountPasswordMutation,
  SetAccountStaffMemberMutation,
  SetPasswordMutation,
} from '../accounts.graphql';
import {
  toCreateAccountOutcome,
  toEndSessionsOutcome,
  toImportHeadsOutcome,
  toLinkStaffOutcome,
  toResetPasswordOutcome,
  toSetPasswordOutcome,
} from './account-admin-outcomes';

const origin = () => window.location.origin;

/** Creates an account; the answer's link is shown once. The list refetches to show it. */
export function useCreateAccount() {
  const toOutcome = useCallback(
    (result: CreateAccountData['createAccount']) => toCreateAccountOutcome(origin(), result),
    [],
  );
  const { run, loading } = useResultMutation(CreateAccountMutation, 'createAccount', toOutcome, {
    refetchQueries: [AccountsQuery],
  });
  const createAccount = useCallback((input: CreateAccountInput) => run({ input }), [run]);
  return { createAccount, isCreating: loading };
}

export function useResetAccountPassword() {
  const toOutcome = useCallback(
    (result: ResetAccountPasswordData['resetAccountPassword']) => toResetPasswordOutcome(origin(), result),
    [],
  );
  const { run, loading } = useResultMutation(
    ResetAccountPasswordMutation,
    'resetAccountPassword',
    toOutcome,
    {
      refetchQueries: [AccountSessionsQuery],
    },
  );
  const resetPassword = useCallback((accountId: string) => run({ input: { accountId } }), [run]);
  return { resetPassword, isResetting: loading };
}

export function useEndAccountSessions() {
  const toOutcome = useCallback(
    (result: EndAccountSessionsData['endAccountSessions']) => toEndSessionsOutcome(result),
    [],
  );
  const { run, loading } = useResultMutation(EndAccountSessionsMutation, 'endAccountSessions', toOutcome, {
    refetchQueries: [AccountSessionsQuery],
  });
  const endSessions = useCallback(
    (accountId: string, sessionId?: string) => run({ input: { accountId, sessionId: sessionId ?? null } }),
    [run],
  );
  return { endSessions, isEnding: loading };
}

export function useSetAccountStaffMember() {
  const toOutcome = useCallback(
    (result: SetAccountStaffMemberData['setAccountStaffMember']) => toLinkStaffOutcome(result),
    [],
  );
  const { run, loading } = useResultMutation(
    SetAccountStaffMemberMutation,
    'setAccountStaffMember',
    toOutcome,
  );
  const setStaffMember = useCallback(
    (accountId: string, staffMemberId: string | null) => run({ input: { accountId, staffMemberId } }),
    [run],
  );
  return { setStaffMember, isLinking: loading };
}

export function useImportHeadAccounts() {
  const toOutcome = useCallback(
    (result: ImportHeadAccountsData['importHeadAccounts']) => toImportHeadsOutcome(origin(), result),
    [],
  );
  const { run, loading } = useResultMutation(ImportHeadAccountsMutation, 'importHeadAccounts', toOutcome, {
    refetchQueries: [AccountsQuery],
  });
  const importHeads = useCallback((fileBase64: string) => run({ input: { fileBase64 } }), [run]);
  return { importHeads, isImporting: loading };
}

export function useSetPassword() {
  const toOutcome = useCallback((result: SetPasswordData['setPassword']) => toSetPasswordOutcome(result), []);
  const { run, loading } = useResultMutation(SetPasswordMutation, 'setPassword', toOutcome);
  const setPassword = useCallback(
    (token: string, password: string) => run({ input: { token, password } }),
    [run],
  );
  return { setPassword, isSaving: loading };
}
