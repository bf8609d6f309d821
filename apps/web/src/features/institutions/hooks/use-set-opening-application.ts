import { useCallback } from 'react';
import type {
  SetOpeningApplicationInput,
  SetOpeningApplicationMutation as SetOpeningApplicationData,
} from '../../../gql/graphql';
import type { MessageKey } from '../../../i18n/i18n';
import { useResultMutation } from '../../../shared/hooks/use-result-mutation';
import { assertNever } from '../../../shared/lib/assert-never';
import { SetOpeningApplicationMutation } from '../institutions.graphql';

export type SetOpeningApplicationOutcome =
  | { type: 'DONE'; isApplyingToOpen: boolean }
  | { type: 'FORBIDDEN' }
  | { type: 'NOT_FOUND' }
  | { type: 'NOT_APPLICABLE' }
  | { type: 'INVALID_INPUT'; field: string | null };

/** Maps every member of SetOpeningApplicationResult; a new member fails the type check. */
export function toSetOpeningApplicationOutcome(
  result: SetOpeningApplicationData['setOpeningApplication'],
): SetOpeningApplicationOutcome {
  switch (result.__typename) {
    case 'Institution':
      return { type: 'DONE', isApplyingToOpen: result.isApplyingToOpen };
    case 'OpeningApplicationForbiddenError':
      return { type: 'FORBIDDEN' };
    case 'OpeningInstitutionNotFoundError':
      return { type: 'NOT_FOUND' };
    case 'OpeningNotApplicableError':
      return { type: 'NOT_APPLICABLE' };
    case 'ValidationError':
      return { type: 'INVALID_INPUT', field: result.field ?? null };
    default:
      return assertNever(result);
  }
}

/** What to tell the user about an outcome (VET-4). */
export function openingOutcomeMessageKey(outcome: SetOpeningApplicationOutcome): MessageKey {
  switch (outcome.type) {
    case 'DONE':
      return 'institution.opening.saved';
    case 'FORBIDDEN':
      return 'institution.opening.error.forbidden';
    case 'NOT_FOUND':
      return 'institution.opening.error.notFound';
    case 'NOT_APPLICABLE':
      return 'institution.opening.error.notApplicable';
    case 'INVALID_INPUT':
      return 'institution.opening.error.invalid';
    default:
      return assertNever(outcome);
  }
}

/** VET-4: mark a kindergarten or training institution as applying to open, or end it. */
export function useSetOpeningApplication() {
  // The answer carries the institution's id and flag, so the normalised cache updates the page.
  const { run, loading } = useResultMutation(
    SetOpeningApplicationMutation,
    'setOpeningApplication',
    toSetOpeningApplicationOutcome,
  );
  const setOpeningApplication = useCallback((input: SetOpeningApplicationInput) => run({ input }), [run]);
  return { setOpeningApplication, isSaving: loading };
}
