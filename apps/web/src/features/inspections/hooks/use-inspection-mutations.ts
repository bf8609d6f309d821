import { useCallback } from 'react';
import type {
  AssignHazardInput,
  OpenInspectionCampaignInput,
  RecordInspectionItemInput,
  RecordRectificationInput,
  StartInspectionInput,
  VerifyRectificationInput,
} from '../../../gql/graphql';
import { useResultMutation } from '../../../shared/hooks/use-result-mutation';
import {
  AssignHazardMutation,
  OpenInspectionCampaignMutation,
  RecordInspectionItemMutation,
  RecordRectificationMutation,
  StartInspectionMutation,
  SubmitInspectionMutation,
  VerifyRectificationMutation,
} from '../inspections.graphql';
import { toInspectionOutcome } from './inspection-outcome';

export function useOpenCampaign() {
  const { run, loading } = useResultMutation(
    OpenInspectionCampaignMutation,
    'openInspectionCampaign',
    (r) => toInspectionOutcome(r, 'InspectionCampaign'),
    { refetchQueries: ['InspectionCampaigns'] },
  );
  return {
    openCampaign: useCallback((input: OpenInspectionCampaignInput) => run({ input }), [run]),
    loading,
  };
}

export function useStartInspection() {
  const { run, loading } = useResultMutation(
    StartInspectionMutation,
    'startInspection',
    (r) => toInspectionOutcome(r, 'Inspection'),
    { refetchQueries: ['InspectionCampaigns'] },
  );
  return { startInspection: useCallback((input: StartInspectionInput) => run({ input }), [run]), loading };
}

// Each change answers with the whole inspection or hazard, which Apollo's cache takes by id.
export function useRecordItem() {
  const { run, loading } = useResultMutation(RecordInspectionItemMutation, 'recordInspectionItem', (r) =>
    toInspectionOutcome(r, 'Inspection'),
  );
  return { recordItem: useCallback((input: RecordInspectionItemInput) => run({ input }), [run]), loading };
}

export function useSubmitInspection() {
  const { run, loading } = useResultMutation(
    SubmitInspectionMutation,
    'submitInspection',
    (r) => toInspectionOutcome(r, 'Inspection'),
    { refetchQueries: ['InspectionCampaigns'] },
  );
  return { submit: useCallback((inspectionId: string) => run({ input: { inspectionId } }), [run]), loading };
}

export function useAssignHazard() {
  const { run, loading } = useResultMutation(AssignHazardMutation, 'assignHazard', (r) =>
    toInspectionOutcome(r, 'Hazard'),
  );
  return { assign: useCallback((input: AssignHazardInput) => run({ input }), [run]), loading };
}

export function useRecordRectification() {
  const { run, loading } = useResultMutation(RecordRectificationMutation, 'recordRectification', (r) =>
    toInspectionOutcome(r, 'Hazard'),
  );
  return { rectify: useCallback((input: RecordRectificationInput) => run({ input }), [run]), loading };
}

export function useVerifyRectification() {
  const { run, loading } = useResultMutation(VerifyRectificationMutation, 'verifyRectification', (r) =>
    toInspectionOutcome(r, 'Hazard'),
  );
  return { verify: useCallback((input: VerifyRectificationInput) => run({ input }), [run]), loading };
}
