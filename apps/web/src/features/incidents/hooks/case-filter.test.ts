import { paths, routePatterns } from '../../../app/paths';
import { caseFilterFromSearch, caseFilterKey, toCaseFilter } from './case-filter';

describe('case list filter', () => {
  it('shows open cases by default and all of them on request', () => {
    expect(toCaseFilter({ all: false, breach: false })).toEqual({
      states: ['REPORTED', 'HEAD_NOTIFIED', 'POLICE_REPORTED'],
      hasBreach: null,
    });
    expect(toCaseFilter({ all: true, breach: true })).toEqual({ states: null, hasBreach: true });
  });

  it('round-trips through the URL and starts a new page sequence per filter', () => {
    const url = new URL(paths.cases({ all: true, breach: true }), 'http://localhost');
    expect(url.pathname).toBe('/cases');
    expect(caseFilterFromSearch(url.searchParams)).toEqual({ all: true, breach: true });
    expect(paths.cases()).toBe('/cases');
    expect(caseFilterKey({ all: true, breach: false })).not.toBe(
      caseFilterKey({ all: false, breach: false }),
    );
  });

  it('REP-7: a case URL carries only the opaque id', () => {
    expect(paths.case('0b6f/1')).toBe('/cases/0b6f%2F1');
    expect(routePatterns.case.replace(':id', 'abc')).toBe(paths.case('abc'));
  });
});
