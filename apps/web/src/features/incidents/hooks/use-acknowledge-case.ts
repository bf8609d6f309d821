import { useCallback } from 'react';
import type { AcknowledgeCaseMutation as AcknowledgeCaseData } from '../../../gql/graphql';
import { useResultMutation } from '../../../shared/hooks/use-result-mutation';
import { assertNever } from '../../../shared/lib/assert-never';
import { AcknowledgeCaseMutation } from '../incidents.graphql';
import type { CaseOutcomeOf } from './case-outcome';

export type AcknowledgeCaseOutcome = CaseOutcomeOf<'DONE' | 'NOT_FOUND' | 'FORBIDDEN' | 'REFUSED'>;

/** Maps every member of AcknowledgeCaseResult; a new member fails the type check. */
export function toAcknowledgeCaseOutcome(
  result: AcknowledgeCaseData['acknowledgeCase'],
): AcknowledgeCaseOutcome {
  switch (result.__typename) {
    case 'Case':
      return { type: 'DONE', case: result };
    case 'CaseNotFoundError':
      return { type: 'NOT_FOUND' };
    case 'CaseForbiddenError':
      return { type: 'FORBIDDEN', ruleId: result.forbiddenRuleId ?? null };
    case 'TransitionRefusedError':
      return { type: 'REFUSED', refusal: result.refusal, breachRecorded: result.breachRecorded ?? null };
    default:
      return assertNever(result);
  }
}

export function useAcknowledgeCase() {
  // The returned Case updates the cached case page; the lists refetch for the new state.
  const { run, loading } = useResultMutation(
    AcknowledgeCaseMutation,
    'acknowledgeCase',
    toAcknowledgeCaseOutcome,
    {
      refetchQueries: ['Cases'],
    },
  );
  const acknowledgeCase = useCallback((caseId: string) => run({ caseId }), [run]);
  return { acknowledgeCase, isAcknowledging: loading };
}
