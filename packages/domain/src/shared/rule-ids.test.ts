import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { RULE_IDS } from './rule-ids';

// Hard-coded from ../shared/DOMAIN.md so this package's tests stay self-contained.
const DOMAIN_RULE_IDS = [
  ...[1, 2, 3].map((n) => `ORG-${n}`),
  ...Array.from({ length: 11 }, (_, i) => `VET-${i + 1}`),
  ...Array.from({ length: 11 }, (_, i) => `REP-${i + 1}`),
  ...Array.from({ length: 10 }, (_, i) => `PRV-${i + 1}`),
  ...Array.from({ length: 5 }, (_, i) => `ACC-${i + 1}`),
];

function testFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return testFiles(path);
    return name.endsWith('.test.ts') ? [path] : [];
  });
}

/** The first string argument of every it/test/describe call (it.each included). */
function testTitles(source: string): string[] {
  const titles: string[] = [];
  const pattern = /\b(?:it|test|describe)(?:\.each\([\s\S]*?\))?\(\s*(['"`])((?:\\.|(?!\1)[\s\S])*)\1/g;
  for (const match of source.matchAll(pattern)) titles.push(match[2] ?? '');
  return titles;
}

describe('rule IDs', () => {
  it('ORG-2: RULE_IDS lists exactly the rule IDs of DOMAIN.md, in order, and is frozen', () => {
    expect([...RULE_IDS]).toEqual(DOMAIN_RULE_IDS);
    expect(Object.isFrozen(RULE_IDS)).toBe(true);
  });

  it('every rule ID of DOMAIN.md is named in the title of at least one test', () => {
    const titles = testFiles(join(__dirname, '..')).flatMap((file) => testTitles(readFileSync(file, 'utf8')));
    const unnamed = DOMAIN_RULE_IDS.filter(
      (id) => !titles.some((title) => new RegExp(`\\b${id}(?!\\d)`).test(title)),
    );
    expect(unnamed).toEqual([]);
  });
});
