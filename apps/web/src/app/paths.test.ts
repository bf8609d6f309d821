import { nextPathFrom, paths, routePatterns, safeNextPath } from './paths';

describe('route path helpers', () => {
  it('builds the sign-in path, keeping the intended page', () => {
    expect(paths.signIn()).toBe('/sign-in');
    expect(paths.signIn('/institutions/42?x=1')).toBe('/sign-in?next=%2Finstitutions%2F42%3Fx%3D1');
  });

  it('refuses a next path that would leave the app', () => {
    expect(paths.signIn('https://evil.example/')).toBe('/sign-in');
    expect(paths.signIn('//evil.example/')).toBe('/sign-in');
    expect(safeNextPath('/\\evil.example')).toBeNull();
    expect(safeNextPath('/sign-in?next=/x')).toBeNull();
    expect(safeNextPath('/matrix')).toBe('/matrix');
  });

  it('round-trips next through the query string', () => {
    const url = new URL(paths.signIn('/audit?actor=leader'), 'http://localhost');
    expect(nextPathFrom(url.searchParams)).toBe('/audit?actor=leader');
  });

  it('encodes institution ids and matches the route pattern', () => {
    expect(paths.institution('a b/c')).toBe('/institutions/a%20b%2Fc');
    expect(routePatterns.institution.replace(':id', '7')).toBe(paths.institution('7'));
  });

  it('puts only the set institution filters in the query string', () => {
    expect(paths.institutions()).toBe('/institutions');
    expect(paths.institutions({ search: '谢家湾', kind: 'PRIMARY' })).toBe(
      '/institutions?q=%E8%B0%A2%E5%AE%B6%E6%B9%BE&kind=PRIMARY',
    );
    expect(paths.institutions({ section: 'BASIC', search: '' })).toBe('/institutions?section=BASIC');
  });

  it('gives every page its own path', () => {
    expect([paths.home(), paths.matrix(), paths.audit(), paths.institutions()]).toEqual([
      '/',
      '/matrix',
      '/audit',
      '/institutions',
    ]);
  });
});
