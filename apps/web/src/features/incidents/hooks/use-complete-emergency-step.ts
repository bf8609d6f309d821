import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import type {
  CompleteEmergencyStepInput,
  CompleteEmergencyStepMutation as CompleteEmergencyStepData,
} from '../../../gql/graphql';
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
      return { type: 'FORBIDDEN' };
    case 'ValidationError':
      return { type: 'INVALID_INPUT', field: result.field ?? null };
    case 'ReportingTimeError':
      return { type: 'TIME_REFUSED', problem: result.problem, field: result.field ?? null };
    default:
      return assertNever(result);
  }
}

export function useCompleteEmergencyStep() {
  const [mutate, { loading }] = useMutation(CompleteEmergencyStepMutation);
  const completeEmergencyStep = useCallback(
    async (input: CompleteEmergencyStepInput): Promise<CompleteEmergencyStepOutcome> => {
      const { data } = await mutate({ variables: { input } });
      if (!data) throw new Error('completeEmergencyStep answered without data');
      return toCompleteEmergencyStepOutcome(data.completeEmergencyStep);
    },
    [mutate],
  );
  return { completeEmergencyStep, isCompleting: loading };
}
