import { useCallback } from 'react';
import type {
  CompleteEmergencyStepInput,
  CompleteEmergencyStepMutation as CompleteEmergencyStepData,
} from '../../../gql/graphql';
import { useResultMutation } from '../../../shared/hooks/use-result-mutation';
import { assertNever } from '../../../shared/lib/assert-never';
import { CompleteEmergencyStepMutation } from '../incidents.graphql';
import type { CaseOutcomeOf } from './case-outcome';

export type CompleteEmergencyStepOutcome = CaseOutcomeOf<
  'DONE' | 'NOT_FOUND' | 'FORBIDDEN' | 'INVALID_INPUT' | 'TIME_REFUSED'
>;

/** Maps every member of CompleteEmergencyStepResult; a new member fails the type check. */
export function toCompleteEmergencyStepOutcome(
  result: CompleteEmergencyStepData['completeEmergencyStep'],
): CompleteEmergencyStepOutcome {
  switch (result.__typename) {
    case 'Case':
      return { type: 'DONE', case: result };
    case 'CaseNotFoundError':
      return { type: 'NOT_FOUND' };
    case 'CaseForbiddenError':
      return { type: 'FORBIDDEN', ruleId: result.forbiddenRuleId ?? null };
    case 'ValidationError':
      return {
        type: 'INVALID_INPUT',
        field: result.field ?? null,
        textProblem: result.textProblem ?? null,
        limit: result.limit ?? undefined,
      };
    case 'ReportingTimeError':
      return { type: 'TIME_REFUSED', problem: result.problem, field: result.field ?? null };
    default:
      return assertNever(result);
  }
}

export function useCompleteEmergencyStep() {
  const { run, loading } = useResultMutation(
    CompleteEmergencyStepMutation,
    'completeEmergencyStep',
    toCompleteEmergencyStepOutcome,
  );
  const completeEmergencyStep = useCallback((input: CompleteEmergencyStepInput) => run({ input }), [run]);
  return { completeEmergencyStep, isCompleting: loading };
}
