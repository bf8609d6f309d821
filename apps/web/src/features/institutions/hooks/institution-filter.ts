import { INSTITUTION_KINDS, SUPERVISING_SECTIONS } from '@xiaohu/domain';
import type { InstitutionKind, InstitutionsQueryVariables, UnitCode } from '../../../gql/graphql';

export const INSTITUTIONS_PAGE_SIZE = 20;

/** The filter as the page holds it (and as the URL carries it: ?q=&kind=&section=). */
export interface InstitutionFilterState {
  search: string;
  kind: InstitutionKind | null;
  section: UnitCode | null;
}

export const EMPTY_INSTITUTION_FILTER: InstitutionFilterState = { search: '', kind: null, section: null };

function oneOf<T extends string>(values: readonly T[], value: string | null): T | null {
  return value !== null && (values as readonly string[]).includes(value) ? (value as T) : null;
}

/** Reads the filter from the URL; unknown enum values are ignored rather than sent to the API. */
export function parseInstitutionFilter(params: URLSearchParams): InstitutionFilterState {
  return {
    search: params.get('q') ?? '',
    kind: oneOf(INSTITUTION_KINDS, params.get('kind')),
    section: oneOf(SUPERVISING_SECTIONS, params.get('section')),
  };
}

export function isFiltered(filter: InstitutionFilterState): boolean {
  return filter.search.trim() !== '' || filter.kind !== null || filter.section !== null;
}

/** The `institutions` query variables for a filter and a page cursor; unset criteria are left out. */
export function toInstitutionsVariables(
  filter: InstitutionFilterState,
  after: string | null,
  first: number = INSTITUTIONS_PAGE_SIZE,
): InstitutionsQueryVariables {
  const search = filter.search.trim();
  const criteria = {
    ...(search ? { search } : {}),
    ...(filter.kind ? { kind: filter.kind } : {}),
    ...(filter.section ? { section: filter.section } : {}),
  };
  return {
    first,
    ...(Object.keys(criteria).length > 0 ? { filter: criteria } : {}),
    ...(after ? { after } : {}),
  };
}

/** A stable key of the criteria: when it changes, paging starts again at page 1. */
export function filterKey(filter: InstitutionFilterState): string {
  return JSON.stringify([filter.search.trim(), filter.kind, filter.section]);
}
