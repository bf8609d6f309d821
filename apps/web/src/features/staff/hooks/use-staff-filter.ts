import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import {
  EMPTY_STAFF_FILTER,
  parseStaffFilter,
  toStaffSearchParams,
  type StaffFilterState,
} from './staff-filter';

/** The filter lives in the URL, so a filtered list can be bookmarked and gone back to. */
export function useStaffFilter() {
  const [searchParams, setSearchParams] = useSearchParams();
  const filter = useMemo(() => parseStaffFilter(searchParams), [searchParams]);
  const setFilter = useCallback(
    (next: StaffFilterState) => setSearchParams(toStaffSearchParams(next), { replace: true }),
    [setSearchParams],
  );
  const clearFilter = useCallback(() => setFilter(EMPTY_STAFF_FILTER), [setFilter]);
  return { filter, setFilter, clearFilter };
}
