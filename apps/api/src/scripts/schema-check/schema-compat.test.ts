import { announcedBreakingChanges, isAnnounced } from './changelog';
import { readBaseSchema, type Git } from './base-schema';
import { compareSchemas } from './schema-compat';

const BASE = `
  type Query { cases(first: Int): [Case!]! me: String }
  type Case { id: ID! category: String! home: String }
  enum Kind { A B }
  input CaseFilter { category: String }
`;

const changelog = (...breaking: string[]) =>
  [
    '# Changelog',
    '',
    '## Unreleased',
    '',
    '### Breaking',
    ...breaking,
    '',
    '### Added',
    '- `Case.x`: new',
  ].join('\n');

describe('schema check (issue 13): compareSchemas', () => {
  it('fails on a removed field that CHANGELOG.md does not announce', async () => {
    const result = await compareSchemas(BASE, BASE.replace('home: String', ''), []);
    expect(result.unannounced.map((c) => [c.level, c.path])).toEqual([['BREAKING', 'Case.home']]);
  });

  it('passes a removal listed under Unreleased → Breaking', async () => {
    const announced = announcedBreakingChanges(changelog('- `Case.home`: use Viewer.home'));
    const result = await compareSchemas(BASE, BASE.replace('home: String', ''), announced);
    expect(result.changes).toEqual([expect.objectContaining({ path: 'Case.home', isAnnounced: true })]);
    expect(result.unannounced).toEqual([]);
  });

  it('passes an added field, an added optional argument and an added optional input field', async () => {
    const current = BASE.replace('home: String', 'home: String note: String')
      .replace('cases(first: Int)', 'cases(first: Int, after: String)')
      .replace('{ category: String }', '{ category: String state: String }');
    const result = await compareSchemas(BASE, current, []);
    expect(result.changes.map((c) => c.path).sort()).toEqual([
      'Case.note',
      'CaseFilter.state',
      'Query.cases.after',
    ]);
    expect(result.unannounced).toEqual([]);
  });

  it('passes a deprecation', async () => {
    const current = BASE.replace('home: String', 'home: String @deprecated(reason: "Use Viewer.home.")');
    const result = await compareSchemas(BASE, current, []);
    expect(result.changes.length).toBeGreaterThan(0);
    expect(result.changes.every((c) => c.level === 'NON_BREAKING')).toBe(true);
    expect(result.unannounced).toEqual([]);
  });

  it('fails on a removed enum value and a new required argument, and only the unlisted one stays', async () => {
    const current = BASE.replace('enum Kind { A B }', 'enum Kind { A }').replace(
      'cases(first: Int)',
      'cases(first: Int, institution: ID!)',
    );
    const result = await compareSchemas(BASE, current, ['Kind.B']);
    expect(result.unannounced.map((c) => c.path)).toEqual(['Query.cases.institution']);
  });

  it('an identical schema has no change', async () => {
    expect(await compareSchemas(BASE, BASE, [])).toEqual({ changes: [], unannounced: [] });
  });
});

describe('schema check: the CHANGELOG.md format', () => {
  it('reads the coordinates of "### Breaking" under "## Unreleased" only', () => {
    const text = [
      '## Unreleased',
      '### Breaking',
      '- `Query.cases`: the filter moved',
      '* `Kind.B` gone; `Other.thing` is prose',
      'not a list item `Case.x`',
      '### Deprecated',
      '- `MyWork.home`: use Viewer.home',
      '## 2026-11-30',
      '### Breaking',
      '- `CaseConnection.viewerCanExport`: moved to Viewer.canExportCases',
    ].join('\n');
    expect(announcedBreakingChanges(text)).toEqual(['Query.cases', 'Kind.B']);
  });

  it('a coordinate covers what lies under it, not a longer name', () => {
    expect(isAnnounced('Query.cases.filter', ['Query.cases'])).toBe(true);
    expect(isAnnounced('Query.cases', ['Query.cases'])).toBe(true);
    expect(isAnnounced('Query.casesCount', ['Query.cases'])).toBe(false);
  });
});

describe('schema check: the base schema', () => {
  const gitWith =
    (refs: Record<string, string>, files: Record<string, string> = {}): Git =>
    (args) => {
      if (args[0] === 'rev-parse') return refs[args.at(-1)!.replace('^{commit}', '')] ?? null;
      if (args[0] === 'merge-base') return refs[`merge-base ${args[2]}`] ?? null;
      if (args[0] === 'show') return files[args[1]] ?? null;
      return null;
    };

  it('takes the merge-base with origin/main, else main', () => {
    const git = gitWith(
      { main: 'm1', 'merge-base main': 'abc123\n' },
      { 'abc123:apps/api/schema.graphql': 'type Query { a: Int }' },
    );
    expect(readBaseSchema(git)).toEqual({
      found: true,
      ref: 'main',
      commit: 'abc123',
      sdl: 'type Query { a: Int }',
    });
  });

  it('skips with a reason when there is no git, no main, or no schema there', () => {
    expect(readBaseSchema(() => null)).toEqual({
      found: false,
      reason: expect.stringContaining('no origin/main or main'),
    });
    expect(readBaseSchema(gitWith({}), 'release')).toEqual({
      found: false,
      reason: expect.stringContaining('no release'),
    });
    const noFile = gitWith({ 'origin/main': 'o1', 'merge-base origin/main': 'o1' });
    expect(readBaseSchema(noFile)).toEqual({
      found: false,
      reason: expect.stringContaining('does not exist at origin/main'),
    });
  });

  it('falls back to the ref itself when there is no merge-base (unrelated histories)', () => {
    const git = gitWith({ main: 'm1\n' }, { 'm1:apps/api/schema.graphql': 'type Query { a: Int }' });
    expect(readBaseSchema(git)).toMatchObject({ found: true, commit: 'm1' });
  });
});
