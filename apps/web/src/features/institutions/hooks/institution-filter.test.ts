import {
  EMPTY_INSTITUTION_FILTER,
  INSTITUTIONS_PAGE_SIZE,
  filterKey,
  isFiltered,
  parseInstitutionFilter,
  toInstitutionsVariables,
} from './institution-filter';

describe('institutions filter → query variables', () => {
  it('sends no filter when nothing is chosen', () => {
    expect(toInstitutionsVariables(EMPTY_INSTITUTION_FILTER, null)).toEqual({
      first: INSTITUTIONS_PAGE_SIZE,
    });
  });

  it('sends the trimmed search text and leaves out a blank one', () => {
    expect(toInstitutionsVariables({ ...EMPTY_INSTITUTION_FILTER, search: '  谢家湾 ' }, null)).toEqual({
      first: INSTITUTIONS_PAGE_SIZE,
      filter: { search: '谢家湾' },
    });
    expect(toInstitutionsVariables({ ...EMPTY_INSTITUTION_FILTER, search: '   ' }, null)).toEqual({
      first: INSTITUTIONS_PAGE_SIZE,
    });
  });

  it('combines kind, supervising section and the page cursor', () => {
    expect(
      toInstitutionsVariables({ search: '', kind: 'KINDERGARTEN', section: 'PRESCHOOL' }, 'cursor-2', 5),
    ).toEqual({ first: 5, after: 'cursor-2', filter: { kind: 'KINDERGARTEN', section: 'PRESCHOOL' } });
  });

  it('reads the filter from the URL and ignores values that are not enum members', () => {
    const filter = parseInstitutionFilter(new URLSearchParams('q=机关&kind=KINDERGARTEN&section=SAFETY'));
    expect(filter).toEqual({ search: '机关', kind: 'KINDERGARTEN', section: null });
    expect(parseInstitutionFilter(new URLSearchParams('kind=primary'))).toEqual(EMPTY_INSTITUTION_FILTER);
  });

  it('knows when a filter is active and changes its key only when the criteria change', () => {
    expect(isFiltered(EMPTY_INSTITUTION_FILTER)).toBe(false);
    expect(isFiltered({ ...EMPTY_INSTITUTION_FILTER, section: 'BASIC' })).toBe(true);
    expect(filterKey({ ...EMPTY_INSTITUTION_FILTER, search: 'a ' })).toBe(
      filterKey({ ...EMPTY_INSTITUTION_FILTER, search: 'a' }),
    );
    expect(filterKey({ ...EMPTY_INSTITUTION_FILTER, kind: 'PRIMARY' })).not.toBe(
      filterKey(EMPTY_INSTITUTION_FILTER),
    );
  });
});
