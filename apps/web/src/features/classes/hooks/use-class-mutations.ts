import { useCallback } from 'react';
import type {
  AssignHeadTeacherInput,
  CloseClassInput,
  RecordClassInput,
  RecordIntakeInput,
} from '../../../gql/graphql';
import { useResultMutation } from '../../../shared/hooks/use-result-mutation';
import { toCareOutcome } from '../../care-records/hooks/use-care-mutations';
import {
  AssignHeadTeacherMutation,
  CloseClassMutation,
  RecordClassMutation,
  RecordIntakeMutation,
} from '../classes.graphql';

const refetch = { refetchQueries: ['IntakeRegister'] };

export function useClassMutations() {
  const intake = useResultMutation(RecordIntakeMutation, 'recordIntake', toCareOutcome, refetch);
  const record = useResultMutation(RecordClassMutation, 'recordClass', toCareOutcome, refetch);
  const assign = useResultMutation(AssignHeadTeacherMutation, 'assignHeadTeacher', toCareOutcome, refetch);
  const close = useResultMutation(CloseClassMutation, 'closeClass', toCareOutcome, refetch);
  return {
    recordIntake: useCallback((input: RecordIntakeInput) => intake.run({ input }), [intake]),
    recordClass: useCallback((input: RecordClassInput) => record.run({ input }), [record]),
    assignHeadTeacher: useCallback((input: AssignHeadTeacherInput) => assign.run({ input }), [assign]),
    closeClass: useCallback((input: CloseClassInput) => close.run({ input }), [close]),
    loading: intake.loading || record.loading || assign.loading || close.loading,
  };
}
