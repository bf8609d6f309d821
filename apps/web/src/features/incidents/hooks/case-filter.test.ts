import { paths, routePatterns } from '../../../app/paths';
import {
  caseExportUrl,
  caseQueryFromSearch,
  caseQueryKey,
  isCaseQueryFiltered,
  toCasesVariables,
} from './case-filter';

describe('case list link (issue 10, contract 2)', () => {
  it('round-trips every parameter through paths.cases and the URL', () => {
    const query = {
      institution: '0b7c6c1e-2f55-4a8e-9d0b-6f0d1c2b3a4d',
      section: 'BASIC',
      kind: 'PRIMARY',
      street: '杨家坪街道',
      category: 'ABUSE,MOLESTATION',
      from: '2026-03-01',
      to: '2026-03-31',
      state: 'OPEN',
      status: 'IN_BREACH',
      breach: 'ANY',
      overdue: '1',
      sort: 'POLICE_DUE_ASC',
    };
    const url = new URL(paths.cases(query), 'http://localhost');
    expect(url.pathname).toBe('/cases');
    expect(caseQueryFromSearch(url.searchParams)).toEqual(query);
    expect(paths.cases()).toBe('/cases');
  });

  it('REP-3, REP-4: reads the link into the API filter; dates are whole days in Asia/Shanghai, `to` inclusive', () => {
    expect(
      toCasesVariables({ category: 'ABUSE', breach: 'LATE_REPORT', from: '2026-03-01', to: '2026-03-01' }),
    ).toEqual({
      ok: true,
      orderBy: 'RECORDED_AT_DESC',
      filter: expect.objectContaining({
        categories: ['ABUSE'],
        breachCode: 'LATE_REPORT',
        hasBreach: null,
        recordedFrom: '2026-02-28T16:00:00.000Z',
        recordedBefore: '2026-03-01T16:00:00.000Z',
      }),
    });
    expect(toCasesVariables({ breach: 'ANY', state: 'CLOSED' })).toMatchObject({
      filter: { hasBreach: true, states: ['CLOSED'] },
    });
  });

  it('names a parameter it cannot read and asks for the unfiltered list instead', () => {
    expect(toCasesVariables({ section: 'SAFETY', category: 'ABUSE' })).toEqual({
      ok: false,
      param: 'section',
      filter: {},
      orderBy: 'RECORDED_AT_DESC',
    });
  });

  it('the order alone does not count as a filter; a new filter or order starts a new page sequence', () => {
    expect(isCaseQueryFiltered({ sort: 'RECORDED_AT_ASC' })).toBe(false);
    expect(isCaseQueryFiltered({ overdue: '1' })).toBe(true);
    expect(caseQueryKey({ sort: 'RECORDED_AT_ASC' })).not.toBe(caseQueryKey({}));
  });

  it('exports exactly the list on screen', () => {
    expect(caseExportUrl({})).toBe('/api/cases/export');
    expect(caseExportUrl({ category: 'ABUSE', breach: 'ANY' })).toBe(
      '/api/cases/export?category=ABUSE&breach=ANY',
    );
  });

  it('REP-7: a case URL carries only the opaque id', () => {
    expect(paths.case('0b6f/1')).toBe('/cases/0b6f%2F1');
    expect(routePatterns.case.replace(':id', 'abc')).toBe(paths.case('abc'));
  });
});
