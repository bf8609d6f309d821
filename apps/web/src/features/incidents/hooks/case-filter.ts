import type { CaseFilter, IncidentState } from '../../../gql/graphql';

export interface CaseListFilter {
  /** Include closed cases. */
  all: boolean;
  /** Only cases with a REP-4 breach. */
  breach: boolean;
}

const OPEN_STATES: IncidentState[] = ['REPORTED', 'HEAD_NOTIFIED', 'POLICE_REPORTED'];

export function caseFilterFromSearch(search: URLSearchParams): CaseListFilter {
  return { all: search.get('all') === '1', breach: search.get('breach') === '1' };
}

/** The API filter: open cases by default; the breach toggle narrows to cases with a breach. */
export function toCaseFilter(filter: CaseListFilter): CaseFilter {
  return {
    states: filter.all ? null : OPEN_STATES,
    hasBreach: filter.breach ? true : null,
  };
}

export function caseFilterKey(filter: CaseListFilter): string {
  return `${filter.all ? 'all' : 'open'}:${filter.breach ? 'breach' : 'any'}`;
}
