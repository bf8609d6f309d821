import type {
  CaseConfidentialFieldsFragment,
  CaseDetailFieldsFragment,
  CaseSummaryFieldsFragment,
} from '../../gql/graphql';

/** A case as every case mutation returns it: the summary fields plus the case page's own. */
export type CaseDetail = CaseSummaryFieldsFragment & CaseDetailFieldsFragment;

/** A case as the case page reads it: with the child, when the API sends it (REP-7). */
export type CaseWithChild = CaseDetail & CaseConfidentialFieldsFragment;
