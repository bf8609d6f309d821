/**
 * @jest-environment node
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

// The web asks, never decides: what a viewer may do comes from the server (`viewerCan`, `permissions`),
// never from comparing a role, a status, a state or a unit in apps/web. This scan keeps it so.

const SRC = join(__dirname, '..');
const WORD = '(?:role|Role|status|Status|state|State|unit|Unit)';

/** Shapes of code that decide by a role, status, state or unit. */
const DECIDING: { name: string; pattern: RegExp }[] = [
  // member.status === 'ACTIVE', viewer.unit !== "SAFETY", staffStatus == `X`, role === 'HEAD'
  {
    name: 'compared with a literal',
    pattern: new RegExp(`(?<![\\w$])(?:[a-z]\\w*)?${WORD}\\s*[!=]==?\\s*['"\`]`),
  },
  // 'DECIDED' === c.status
  { name: 'literal compared with it', pattern: new RegExp(`['"\`]\\s*[!=]==?\\s*[\\w$.?]*${WORD}\\b`) },
  // ['ACTIVE', 'CANDIDATE'].includes(member.status)
  {
    name: 'looked up in a list',
    pattern: new RegExp(`\\.includes\\(\\s*[\\w$.?]*\\.${WORD.toLowerCase()}\\s*\\)`),
  },
  // switch (member.status) { case 'ACTIVE': ... }
  { name: 'switched on', pattern: new RegExp(`switch\\s*\\(\\s*[\\w$.?]*\\.${WORD.toLowerCase()}\\s*\\)`) },
];

/**
 * Lines allowed to match, each with why. Only a choice of words or colour may be here, never what is
 * shown as possible. Today there is none: colours and labels are lookup maps keyed by the value
 * (STATUS_COLOR[c.status], SEVERITY[decision.status], caseListLabels(viewer)), which the scan does
 * not match. An entry that no longer matches fails the test, so the list cannot rot.
 */
const ALLOWED: { file: string; line: string; why: string }[] = [];

function decidingShapes(line: string): string[] {
  const code = line.replace(/\/\/.*$/, '');
  return DECIDING.filter(({ pattern }) => pattern.test(code)).map(({ name }) => name);
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'gql' && dir === SRC ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

const findings = sourceFiles(SRC).flatMap((path) => {
  const file = relative(SRC, path).split(sep).join('/');
  return readFileSync(path, 'utf8')
    .split('\n')
    .flatMap((text, index) =>
      decidingShapes(text).length > 0 ? [{ file, lineNumber: index + 1, line: text.trim() }] : [],
    );
});

describe('the web never decides', () => {
  it('scans the sources it should (the pages, not the generated documents)', () => {
    const files = sourceFiles(SRC).map((path) => relative(SRC, path).split(sep).join('/'));
    expect(files).toContain('features/staff/pages/staff-member.page.tsx');
    expect(files).toContain('features/incidents/pages/case.page.tsx');
    expect(files.some((file) => file.startsWith('gql/'))).toBe(false);
    expect(files.some((file) => file.endsWith('.test.tsx') || file.endsWith('.test.ts'))).toBe(false);
  });

  it('recognises a decision by role, status, state or unit, and not a lookup or a number', () => {
    expect(decidingShapes("  if (member.status === 'ACTIVE') return ['IN_SERVICE_RECHECK'];")).not.toEqual(
      [],
    );
    expect(decidingShapes("  return viewer.unit === 'SAFETY';")).not.toEqual([]);
    expect(decidingShapes('{c.status !== "DECIDED" ? <Form /> : null}')).not.toEqual([]);
    expect(decidingShapes("  const isHead = role === 'HEAD';")).not.toEqual([]);
    expect(decidingShapes("  if ('CLOSED' === incident.state) return null;")).not.toEqual([]);
    expect(decidingShapes("  ['ACTIVE', 'CANDIDATE'].includes(member.status)")).not.toEqual([]);
    expect(decidingShapes('  switch (viewer.role) {')).not.toEqual([]);
    expect(decidingShapes("  const late = reportingStatus === 'IN_BREACH';")).not.toEqual([]);

    expect(decidingShapes('  color={STATUS_COLOR[c.status]}')).toEqual([]);
    expect(decidingShapes('  if (isRouteErrorResponse(error) && error.status === 404) return null;')).toEqual(
      [],
    );
    expect(decidingShapes('  const selected = filter.status === status;')).toEqual([]);
    expect(decidingShapes("  // never write member.status === 'ACTIVE' here")).toEqual([]);
  });

  it('no role, status, state or unit comparison in apps/web/src outside the allow-list', () => {
    const unexpected = findings.filter(
      (finding) => !ALLOWED.some((allowed) => allowed.file === finding.file && allowed.line === finding.line),
    );
    expect(unexpected.map(({ file, lineNumber, line }) => `${file}:${lineNumber}: ${line}`)).toEqual([]);
  });

  it('every allow-list entry still matches a line, with its reason', () => {
    for (const allowed of ALLOWED) {
      expect(allowed.why.length).toBeGreaterThan(0);
      expect(findings.some((finding) => finding.file === allowed.file && finding.line === allowed.line)).toBe(
        true,
      );
    }
  });
});
