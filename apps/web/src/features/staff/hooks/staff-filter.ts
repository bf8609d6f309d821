import type { StaffListQueryVariables, StaffStatus } from '../../../gql/graphql';

export const STAFF_PAGE_SIZE = 20;
export const STAFF_STATUSES: readonly StaffStatus[] = ['CANDIDATE', 'ACTIVE', 'BLOCKED', 'DISMISSED'];

/** The list filter as the URL carries it: ?q=&status=. */
export interface StaffFilterState {
  search: string;
  status: StaffStatus | null;
}

export const EMPTY_STAFF_FILTER: StaffFilterState = { search: '', status: null };

export function parseStaffFilter(params: URLSearchParams): StaffFilterState {
  const status = params.get('status');
  return {
    search: params.get('q') ?? '',
    status: STAFF_STATUSES.includes(status as StaffStatus) ? (status as StaffStatus) : null,
  };
}

export function toStaffSearchParams(filter: StaffFilterState): URLSearchParams {
  const params = new URLSearchParams();
  if (filter.search.trim()) params.set('q', filter.search.trim());
  if (filter.status) params.set('status', filter.status);
  return params;
}

export function isStaffFiltered(filter: StaffFilterState): boolean {
  return filter.search.trim() !== '' || filter.status !== null;
}

/** The `staff` query variables; a blank search is left out rather than sent. */
export function toStaffListVariables(
  filter: StaffFilterState,
  after: string | null,
  first: number = STAFF_PAGE_SIZE,
): StaffListQueryVariables {
  const search = filter.search.trim();
  const criteria = { ...(search ? { search } : {}), ...(filter.status ? { status: filter.status } : {}) };
  return {
    first,
    ...(Object.keys(criteria).length > 0 ? { filter: criteria } : {}),
    ...(after ? { after } : {}),
  };
}

export function staffFilterKey(filter: StaffFilterState): string {
  return JSON.stringify([filter.search.trim(), filter.status]);
}
