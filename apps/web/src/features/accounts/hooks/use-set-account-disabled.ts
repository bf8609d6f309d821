import { useCallback } from 'react';
import type { SetAccountDisabledMutation as SetAccountDisabledData } from '../../../gql/graphql';
import type { MessageKey } from '../../../i18n/i18n';
import { useResultMutation } from '../../../shared/hooks/use-result-mutation';
import { assertNever } from '../../../shared/lib/assert-never';
import { SetAccountDisabledMutation } from '../accounts.graphql';

export type SetAccountDisabledOutcome =
  { type: 'DONE'; isDisabled: boolean } | { type: 'NOT_FOUND' } | { type: 'CANNOT_DISABLE_SELF' };

/** Maps every member of SetAccountDisabledResult; a new member fails the type check. */
export function toSetAccountDisabledOutcome(
  result: SetAccountDisabledData['setAccountDisabled'],
): SetAccountDisabledOutcome {
  switch (result.__typename) {
    case 'Account':
      return { type: 'DONE', isDisabled: result.isDisabled };
    case 'AccountNotFoundError':
      return { type: 'NOT_FOUND' };
    case 'ValidationError':
      // The only input an administrator can get wrong here is their own account.
      return { type: 'CANNOT_DISABLE_SELF' };
    default:
      return assertNever(result);
  }
}

/** What to tell the administrator about an outcome. */
export function accountOutcomeMessageKey(outcome: SetAccountDisabledOutcome): MessageKey {
  switch (outcome.type) {
    case 'DONE':
      return outcome.isDisabled ? 'accounts.outcome.disabled' : 'accounts.outcome.enabled';
    case 'NOT_FOUND':
      return 'accounts.outcome.notFound';
    case 'CANNOT_DISABLE_SELF':
      return 'accounts.outcome.self';
    default:
      return assertNever(outcome);
  }
}

/** Disables an account (its sessions end at once) or re-enables it. */
export function useSetAccountDisabled() {
  // The answer carries the account's id and flag, so the normalised cache updates the row.
  const { run, loading } = useResultMutation(
    SetAccountDisabledMutation,
    'setAccountDisabled',
    toSetAccountDisabledOutcome,
  );
  const setAccountDisabled = useCallback(
    (accountId: string, isDisabled: boolean) => run({ input: { accountId, isDisabled } }),
    [run],
  );
  return { setAccountDisabled, isSaving: loading };
}
