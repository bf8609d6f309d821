import { DEFAULT_POLICY } from '@xiaohu/domain';
import type { TestApp } from '../../test-support/test-app';
import { loadMailSettings } from '../notifications/mail-settings';
import { fireHazardAlert, type HazardAlertJob } from './hazard-alerts';

/** Runs every hazard-alert job of a hazard now (as the worker would), in the order they are due. */
export async function fireHazardJobs(app: TestApp, hazardId: string): Promise<string[]> {
  const jobs = (await app.owner.query(
    `SELECT data FROM pgboss.job WHERE name = 'hazard-alert' AND data->>'hazardId' = $1 ORDER BY start_after, created_on`,
    [hazardId],
  )) as { data: HazardAlertJob }[];
  const outcomes: string[] = [];
  for (const job of jobs) {
    outcomes.push(
      `${job.data.kind}:${await app.dataSource.transaction((manager) =>
        fireHazardAlert(manager, job.data, {
          clock: app.clock,
          policy: DEFAULT_POLICY,
          mail: loadMailSettings(),
        }),
      )}`,
    );
  }
  return outcomes;
}

export const CAMPAIGNS = `{ inspectionCampaigns { canOpen items { id name institutionCount selfInspectionsSubmitted
  ownSelfInspectionId viewerCan { canStartSelfInspection } } } }`;
export const OPEN_CAMPAIGN = `mutation($input: OpenInspectionCampaignInput!) { openInspectionCampaign(input: $input) {
  __typename ... on InspectionCampaign { id name institutionCount selfInspectionsSubmitted }
  ... on ErrorResult { code message } ... on ValidationError { field } } }`;
const INSPECTION_FIELDS = `id kind submittedAt institutionId viewerCan { canRecordItem canSubmit }
  items { item { id code group ruleId textZh kinds } result note hazardId }`;
export const START = `mutation($input: StartInspectionInput!) { startInspection(input: $input) {
  __typename ... on Inspection { ${INSPECTION_FIELDS} } ... on ErrorResult { code message } } }`;
export const RECORD_ITEM = `mutation($input: RecordInspectionItemInput!) { recordInspectionItem(input: $input) {
  __typename ... on Inspection { ${INSPECTION_FIELDS} } ... on ErrorResult { code message } ... on ValidationError { field } } }`;
export const SUBMIT = `mutation($input: SubmitInspectionInput!) { submitInspection(input: $input) {
  __typename ... on Inspection { ${INSPECTION_FIELDS} } ... on ErrorResult { code message } } }`;
const HAZARD_FIELDS = `id institutionId description status missing stage dueAt ownerStaffId ownerName rectifiedAt
  item { code } viewerCan { canAssign canRecordRectification canVerify }
  rectifications { note verification sendBackReason recordedAt }`;
export const HAZARD = `query($id: ID!) { hazard(id: $id) { ${HAZARD_FIELDS} } }`;
export const HAZARDS = `query($filter: HazardFilter, $first: Int) { hazards(filter: $filter, first: $first) {
  totalCount items { id status stage institutionId } } }`;
export const ASSIGN = `mutation($input: AssignHazardInput!) { assignHazard(input: $input) {
  __typename ... on Hazard { ${HAZARD_FIELDS} } ... on ErrorResult { code message } ... on ValidationError { field } } }`;
export const RECTIFY = `mutation($input: RecordRectificationInput!) { recordRectification(input: $input) {
  __typename ... on Hazard { ${HAZARD_FIELDS} } ... on ErrorResult { code message } } }`;
export const VERIFY = `mutation($input: VerifyRectificationInput!) { verifyRectification(input: $input) {
  __typename ... on Hazard { ${HAZARD_FIELDS} } ... on ErrorResult { code message } ... on ValidationError { field } } }`;
