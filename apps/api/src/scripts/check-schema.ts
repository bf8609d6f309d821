import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { findRepoRoot } from '../config';
import { gitIn, readBaseSchema, SCHEMA_PATH } from './schema-check/base-schema';
import { announcedBreakingChanges } from './schema-check/changelog';
import { compareSchemas } from './schema-check/schema-compat';

// The checks tier's schema check: apps/api/schema.graphql against the one on main (the merge-base),
// failing on a breaking change that CHANGELOG.md does not announce under "## Unreleased" → "### Breaking".
async function main(): Promise<number> {
  const root = findRepoRoot();
  const base = readBaseSchema(gitIn(root), process.env.SCHEMA_BASE_REF || undefined);
  if (!base.found) {
    console.log(`schema check: skipped, ${base.reason}`);
    return 0;
  }
  const current = readFileSync(path.join(root, SCHEMA_PATH), 'utf8');
  const changelogFile = path.join(root, 'CHANGELOG.md');
  const announced = existsSync(changelogFile)
    ? announcedBreakingChanges(readFileSync(changelogFile, 'utf8'))
    : [];
  const { changes, unannounced } = await compareSchemas(base.sdl, current, announced);
  const against = `${base.ref} (${base.commit.slice(0, 10)})`;
  for (const change of changes) {
    const mark = change.level === 'BREAKING' ? (change.isAnnounced ? 'announced' : 'NOT ANNOUNCED') : '';
    console.log(`  ${change.level.padEnd(12)} ${change.path.padEnd(48)} ${change.message} ${mark}`.trimEnd());
  }
  if (unannounced.length > 0) {
    console.log(
      `schema check: ${unannounced.length} breaking change(s) against ${against} not announced in CHANGELOG.md. ` +
        'List each coordinate under "## Unreleased" → "### Breaking" (e.g. "- `Query.cases`: why, what instead"), ' +
        'or keep the old field and mark it @deprecated(reason).',
    );
    return 1;
  }
  console.log(`schema check: ${changes.length} change(s) against ${against}, none breaking unannounced`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
