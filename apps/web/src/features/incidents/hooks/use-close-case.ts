import { useCallback } from 'react';
import type { CloseCaseInput, CloseCaseMutation as CloseCaseData } from '../../../gql/graphql';
import { useResultMutation } from '../../../shared/hooks/use-result-mutation';
import { assertNever } from '../../../shared/lib/assert-never';
import { CaseQuery, CloseCaseMutation } from '../incidents.graphql';
import type { CaseOutcomeOf } from './case-outcome';

export type CloseCaseOutcome = CaseOutcomeOf<
  'DONE' | 'NOT_FOUND' | 'FORBIDDEN' | 'REFUSED' | 'INVALID_INPUT'
>;

/** Maps every member of CloseCaseResult; a new member fails the type check. */
export function toCloseCaseOutcome(result: CloseCaseData['closeCase']): CloseCaseOutcome {
  switch (result.__typename) {
    case 'Case':
      return { type: 'DONE', case: result };
    case 'CaseNotFoundError':
      return { type: 'NOT_FOUND' };
    case 'CaseForbiddenError':
      return { type: 'FORBIDDEN', ruleId: result.forbiddenRuleId ?? null };
    case 'TransitionRefusedError':
      return { type: 'REFUSED', refusal: result.refusal, breachRecorded: result.breachRecorded ?? null };
    case 'ValidationError':
      return {
        type: 'INVALID_INPUT',
        field: result.field ?? null,
        textProblem: result.textProblem ?? null,
        limit: result.limit ?? undefined,
      };
    default:
      return assertNever(result);
  }
}

export function useCloseCase() {
  const { run, loading } = useResultMutation(CloseCaseMutation, 'closeCase', toCloseCaseOutcome);
  const closeCase = useCallback(
    (input: CloseCaseInput) =>
      run(
        { input },
        {
          // A refused close records a breach on the case: reload the case to show it on the timeline.
          refetchQueries: ({ data }) =>
            data?.closeCase.__typename === 'Case'
              ? ['Cases']
              : ['Cases', { query: CaseQuery, variables: { id: input.caseId } }],
        },
      ),
    [run],
  );
  return { closeCase, isClosing: loading };
}
