import { useCallback } from 'react';
import type {
  CloseRiskSubjectInput,
  RecordRiskFollowUpInput,
  RecordRiskSubjectInput,
} from '../../../gql/graphql';
import { useResultMutation } from '../../../shared/hooks/use-result-mutation';
import {
  CloseRiskSubjectMutation,
  RecordRiskFollowUpMutation,
  RecordRiskSubjectMutation,
} from '../surroundings.graphql';
import { toRiskSubjectOutcome } from './risk-subject-outcome';

export function useRecordRiskSubject() {
  const { run, loading } = useResultMutation(
    RecordRiskSubjectMutation,
    'recordRiskSubject',
    toRiskSubjectOutcome,
    {
      refetchQueries: ['RiskSubjects'],
    },
  );
  return { record: useCallback((input: RecordRiskSubjectInput) => run({ input }), [run]), loading };
}

// Each change answers with the whole subject, which Apollo's cache takes by id.
export function useRecordRiskFollowUp() {
  const { run, loading } = useResultMutation(
    RecordRiskFollowUpMutation,
    'recordRiskFollowUp',
    toRiskSubjectOutcome,
  );
  return { recordFollowUp: useCallback((input: RecordRiskFollowUpInput) => run({ input }), [run]), loading };
}

export function useCloseRiskSubject() {
  const { run, loading } = useResultMutation(
    CloseRiskSubjectMutation,
    'closeRiskSubject',
    toRiskSubjectOutcome,
    {
      refetchQueries: ['RiskSubjects'],
    },
  );
  return { close: useCallback((input: CloseRiskSubjectInput) => run({ input }), [run]), loading };
}
