import { useCallback } from 'react';
import type {
  RecordCounsellingInput,
  RecordCourseDeliveryInput,
  RecordLegalVicePrincipalInput,
  RecordTeachingPlanInput,
} from '../../../gql/graphql';
import { useResultMutation } from '../../../shared/hooks/use-result-mutation';
import {
  RecordCounsellingMutation,
  RecordCourseDeliveryMutation,
  RecordLegalVicePrincipalMutation,
  RecordTeachingPlanMutation,
} from '../care-records.graphql';

export type CareOutcome =
  | { type: 'SAVED' }
  | { type: 'INVALID_INPUT'; field: string | null }
  | { type: 'FORBIDDEN' }
  | { type: 'NOT_FOUND' }
  | { type: 'STATE' };

/** A result union's member as an outcome: the refusals by their type, anything else is the saved record. */
export function toCareOutcome(result: { __typename: string; field?: string | null }): CareOutcome {
  switch (result.__typename) {
    case 'ValidationError':
      return { type: 'INVALID_INPUT', field: result.field ?? null };
    case 'CareForbiddenError':
      return { type: 'FORBIDDEN' };
    case 'CareNotFoundError':
      return { type: 'NOT_FOUND' };
    case 'CareStateError':
      return { type: 'STATE' };
    default:
      return { type: 'SAVED' };
  }
}

// Each change refetches the page's query, so every status shown is the server's.
const refetch = { refetchQueries: ['CareRecords'] };

export function useRecordLegalVicePrincipal() {
  const { run, loading } = useResultMutation(
    RecordLegalVicePrincipalMutation,
    'recordLegalVicePrincipal',
    toCareOutcome,
    refetch,
  );
  return { save: useCallback((input: RecordLegalVicePrincipalInput) => run({ input }), [run]), loading };
}

export function useRecordCourseDelivery() {
  const { run, loading } = useResultMutation(
    RecordCourseDeliveryMutation,
    'recordCourseDelivery',
    toCareOutcome,
    refetch,
  );
  return { save: useCallback((input: RecordCourseDeliveryInput) => run({ input }), [run]), loading };
}

export function useRecordTeachingPlan() {
  const { run, loading } = useResultMutation(
    RecordTeachingPlanMutation,
    'recordTeachingPlan',
    toCareOutcome,
    refetch,
  );
  return { save: useCallback((input: RecordTeachingPlanInput) => run({ input }), [run]), loading };
}

export function useRecordCounselling() {
  const { run, loading } = useResultMutation(
    RecordCounsellingMutation,
    'recordCounselling',
    toCareOutcome,
    refetch,
  );
  return { save: useCallback((input: RecordCounsellingInput) => run({ input }), [run]), loading };
}
