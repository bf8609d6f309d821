import {
  EMPTY_STAFF_FILTER,
  STAFF_PAGE_SIZE,
  isStaffFiltered,
  parseStaffFilter,
  staffFilterKey,
  toStaffListVariables,
  toStaffSearchParams,
} from './staff-filter';

describe('staff list filter → query variables', () => {
  it('sends no filter when nothing is chosen, and the cursor when paging', () => {
    expect(toStaffListVariables(EMPTY_STAFF_FILTER, null)).toEqual({ first: STAFF_PAGE_SIZE });
    expect(toStaffListVariables(EMPTY_STAFF_FILTER, 'c2')).toEqual({ first: STAFF_PAGE_SIZE, after: 'c2' });
  });

  it('sends a trimmed name or masked-ID search together with the status', () => {
    expect(toStaffListVariables({ search: ' 5001**********1234 ', status: 'BLOCKED' }, null, 5)).toEqual({
      first: 5,
      filter: { search: '5001**********1234', status: 'BLOCKED' },
    });
  });

  it('reads the URL and ignores an unknown status', () => {
    expect(parseStaffFilter(new URLSearchParams('q=王&status=ACTIVE'))).toEqual({
      search: '王',
      status: 'ACTIVE',
    });
    expect(parseStaffFilter(new URLSearchParams('status=active'))).toEqual(EMPTY_STAFF_FILTER);
    expect(toStaffSearchParams({ search: ' 王 ', status: 'CANDIDATE' }).toString()).toBe(
      'q=%E7%8E%8B&status=CANDIDATE',
    );
  });

  it('knows when it is filtered, and restarts paging only when the criteria change', () => {
    expect(isStaffFiltered(EMPTY_STAFF_FILTER)).toBe(false);
    expect(isStaffFiltered({ search: '', status: 'ACTIVE' })).toBe(true);
    expect(staffFilterKey({ search: '王 ', status: null })).toBe(
      staffFilterKey({ search: '王', status: null }),
    );
    expect(staffFilterKey({ search: '', status: 'ACTIVE' })).not.toBe(staffFilterKey(EMPTY_STAFF_FILTER));
  });
});
