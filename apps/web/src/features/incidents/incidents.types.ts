import type {
  CaseConfidentialFieldsFragment,
  CaseDetailFieldsFragment,
  CaseSummaryFieldsFragment,
  CaseWelfareFieldsFragment,
} from '../../gql/graphql';

/** A case as every case mutation returns it: the summary fields plus the case page's own. */
export type CaseDetail = CaseSummaryFieldsFragment & CaseDetailFieldsFragment;

/** A case as the case page reads it: with the child, when the API sends it (REP-7). */
export type CaseWithChild = CaseDetail & CaseConfidentialFieldsFragment;

/** A case as the case page reads it: with the child and the REP-10 welfare notes, when the API sends them. */
export type CasePageCase = CaseWithChild & CaseWelfareFieldsFragment;

/** One REP-10 psychological-concern note. */
export type WelfareNote = NonNullable<CaseWelfareFieldsFragment['welfareNotes']>[number];
