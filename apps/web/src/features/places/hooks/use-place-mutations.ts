import { useCallback } from 'react';
import type {
  PlaceRegisterFieldsFragment,
  RecordBlindSpotSelfInspectionInput,
  RecordBlindSpotSelfInspectionMutation,
  RecordMonitoredPlaceInput,
  RecordMonitoredPlaceMutation,
} from '../../../gql/graphql';
import { useResultMutation } from '../../../shared/hooks/use-result-mutation';
import { assertNever } from '../../../shared/lib/assert-never';
import {
  RecordBlindSpotSelfInspectionMutation as RecordInspection,
  RecordMonitoredPlaceMutation as RecordPlace,
} from '../places.graphql';

export type PlaceOutcome =
  | { type: 'SAVED'; register: PlaceRegisterFieldsFragment }
  | { type: 'INVALID_INPUT'; field: string | null }
  | { type: 'FORBIDDEN' }
  | { type: 'NOT_FOUND' };

/** Every member of the register's result unions, mapped exhaustively. */
export function toPlaceOutcome(
  result:
    | RecordMonitoredPlaceMutation['recordMonitoredPlace']
    | RecordBlindSpotSelfInspectionMutation['recordBlindSpotSelfInspection'],
): PlaceOutcome {
  switch (result.__typename) {
    case 'MonitoredPlaceRegister':
      return { type: 'SAVED', register: result };
    case 'ValidationError':
      return { type: 'INVALID_INPUT', field: result.field ?? null };
    case 'PlaceForbiddenError':
      return { type: 'FORBIDDEN' };
    case 'PlaceNotFoundError':
      return { type: 'NOT_FOUND' };
    default:
      return assertNever(result);
  }
}

// Each change answers with the whole register; the page's query is refetched to show it.
export function useRecordPlace() {
  const { run, loading } = useResultMutation(RecordPlace, 'recordMonitoredPlace', toPlaceOutcome, {
    refetchQueries: ['MonitoredPlaces'],
  });
  return { recordPlace: useCallback((input: RecordMonitoredPlaceInput) => run({ input }), [run]), loading };
}

export function useRecordBlindSpotSelfInspection() {
  const { run, loading } = useResultMutation(
    RecordInspection,
    'recordBlindSpotSelfInspection',
    toPlaceOutcome,
    {
      refetchQueries: ['MonitoredPlaces'],
    },
  );
  return {
    recordInspection: useCallback((input: RecordBlindSpotSelfInspectionInput) => run({ input }), [run]),
    loading,
  };
}
