import 'reflect-metadata';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { findRepoRoot } from '../config';
import { createDataSource } from '../shared/db/data-source';
import { ensureDatabaseServer } from '../shared/db/embedded-postgres';
import { searchEveryRow } from '../shared/db/every-row';

// Usage, after the e2e journeys have finished (they leave their database in .data/e2e):
//   pnpm --dir apps/api build && node apps/api/dist/scripts/check-dump.js 李小花 三年级二班
// Reads every row of every table, as a data-only dump would hold it, and says in which tables any of
// the given texts appears. Exit code 0: none anywhere; 1: found; 2: could not check.
// XIAOHU_DATA_DIR picks another embedded database (default .data/e2e); DATABASE_URL any PostgreSQL.
async function main(): Promise<number> {
  const needles = process.argv.slice(2).filter((n) => n.trim() !== '');
  if (needles.length === 0) {
    console.error('Give the texts to look for, e.g. the e2e journeys’ child name and class');
    return 2;
  }
  const databaseUrl = process.env.DATABASE_URL || undefined;
  const dataDir = path.resolve(process.env.XIAOHU_DATA_DIR || path.join(findRepoRoot(), '.data', 'e2e'));
  if (!databaseUrl) {
    const databaseDir = path.join(dataDir, 'postgres');
    // A missing cluster would be created empty and found clean: refuse instead.
    if (!existsSync(path.join(databaseDir, 'PG_VERSION'))) {
      console.error(`No database in ${databaseDir}: run the e2e journeys first`);
      return 2;
    }
    if (isServerRunning(path.join(databaseDir, 'postmaster.pid'))) {
      console.error(`A server is still running on ${databaseDir}: wait until the e2e journeys have finished`);
      return 2;
    }
  }
  const server = await ensureDatabaseServer({ databaseUrl, dataDir, log: console.log });
  const owner = createDataSource(server.ownerUrl, 'owner');
  try {
    await owner.initialize();
    const { tables, matches } = await searchEveryRow(owner, needles);
    // Says which given text by its position, so the output never repeats a child's name.
    for (const match of matches) {
      console.log(
        `text #${needles.indexOf(match.needle) + 1} found in ${match.table} (${match.rows} row${match.rows === 1 ? '' : 's'})`,
      );
    }
    console.log(
      matches.length === 0
        ? `${tables.length} tables searched: none holds any of the ${needles.length} text(s)`
        : `${tables.length} tables searched: ${matches.length} finding(s)`,
    );
    return matches.length === 0 ? 0 : 1;
  } finally {
    if (owner.isInitialized) await owner.destroy();
    await server.stop();
  }
}

function isServerRunning(pidFile: string): boolean {
  if (!existsSync(pidFile)) return false;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(2);
  },
);
