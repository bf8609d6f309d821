import { useCallback } from 'react';
import type {
  OpenAssessmentPeriodInput,
  OpenAssessmentPeriodMutation,
  RecordAssessmentFindingInput,
  RecordSanctionInput,
  ReviewVetoInput,
  SubmitVetoStatementInput,
} from '../../../gql/graphql';
import { useResultMutation } from '../../../shared/hooks/use-result-mutation';
import { assertNever } from '../../../shared/lib/assert-never';
import {
  OpenAssessmentPeriodMutation as OpenPeriod,
  RecordAssessmentFindingMutation,
  RecordSanctionMutation,
  ReviewVetoMutation,
  SubmitVetoStatementMutation,
} from '../assessment.graphql';
import { toAssessmentOutcome } from './assessment-outcome';

export type OpenPeriodOutcome =
  | { type: 'OPENED'; periodId: string }
  | { type: 'INVALID_INPUT'; field: string | null }
  | { type: 'FORBIDDEN' };

export function toOpenPeriodOutcome(
  result: OpenAssessmentPeriodMutation['openAssessmentPeriod'],
): OpenPeriodOutcome {
  switch (result.__typename) {
    case 'AssessmentPeriod':
      return { type: 'OPENED', periodId: result.id };
    case 'ValidationError':
      return { type: 'INVALID_INPUT', field: result.field ?? null };
    case 'AssessmentForbiddenError':
      return { type: 'FORBIDDEN' };
    default:
      return assertNever(result);
  }
}

export function useOpenAssessmentPeriod() {
  const { run, loading } = useResultMutation(OpenPeriod, 'openAssessmentPeriod', toOpenPeriodOutcome, {
    refetchQueries: ['AssessmentPeriods'],
  });
  const openPeriod = useCallback((input: OpenAssessmentPeriodInput) => run({ input }), [run]);
  return { openPeriod, isOpening: loading };
}

// Each change answers with the whole assessment, which Apollo's cache takes by id.
export function useRecordFinding() {
  const { run, loading } = useResultMutation(
    RecordAssessmentFindingMutation,
    'recordAssessmentFinding',
    toAssessmentOutcome,
  );
  return {
    recordFinding: useCallback((input: RecordAssessmentFindingInput) => run({ input }), [run]),
    loading,
  };
}

export function useSubmitStatement() {
  const { run, loading } = useResultMutation(
    SubmitVetoStatementMutation,
    'submitVetoStatement',
    toAssessmentOutcome,
  );
  return {
    submitStatement: useCallback((input: SubmitVetoStatementInput) => run({ input }), [run]),
    loading,
  };
}

export function useReviewVeto() {
  const { run, loading } = useResultMutation(ReviewVetoMutation, 'reviewVeto', toAssessmentOutcome);
  return { reviewVeto: useCallback((input: ReviewVetoInput) => run({ input }), [run]), loading };
}

export function useRecordSanction() {
  const { run, loading } = useResultMutation(RecordSanctionMutation, 'recordSanction', toAssessmentOutcome);
  return { recordSanction: useCallback((input: RecordSanctionInput) => run({ input }), [run]), loading };
}
