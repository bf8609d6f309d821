import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import {
  EMPTY_INSTITUTION_FILTER,
  parseInstitutionFilter,
  type InstitutionFilterState,
} from './institution-filter';

/** The filter lives in the URL, so a filtered list can be bookmarked, shared and gone back to. */
export function useInstitutionFilter() {
  const [searchParams, setSearchParams] = useSearchParams();
  const filter = useMemo(() => parseInstitutionFilter(searchParams), [searchParams]);

  const setFilter = useCallback(
    (next: InstitutionFilterState) => {
      const params = new URLSearchParams();
      if (next.search) params.set('q', next.search);
      if (next.kind) params.set('kind', next.kind);
      if (next.section) params.set('section', next.section);
      setSearchParams(params, { replace: true });
    },
    [setSearchParams],
  );

  const clearFilter = useCallback(() => setFilter(EMPTY_INSTITUTION_FILTER), [setFilter]);
  return { filter, setFilter, clearFilter };
}
