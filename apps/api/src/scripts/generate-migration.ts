import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { findRepoRoot, loadConfig } from '../config';
import { createDataSource } from '../shared/db/data-source';
import { ensureDatabaseServer } from '../shared/db/embedded-postgres';

// Usage: pnpm --filter @xiaohu/api migration:generate <PascalCaseName>
// Runs every committed migration on a scratch database, then writes the difference to the entities.
async function main(): Promise<void> {
  const name = process.argv[2];
  if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) throw new Error('Give a PascalCase migration name');
  const config = loadConfig();
  const server = await ensureDatabaseServer({ ...config, log: console.log });
  const scratch = `xiaohu_migration_${Date.now()}`;
  const maintenance = new URL(server.ownerUrl);
  const admin = new Client({ connectionString: server.ownerUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${scratch}`);
  maintenance.pathname = `/${scratch}`;
  const dataSource = createDataSource(maintenance.toString(), 'owner');
  try {
    await dataSource.initialize();
    await dataSource.runMigrations();
    const sql = await dataSource.driver.createSchemaBuilder().log();
    if (sql.upQueries.length === 0) {
      console.log('Entities and migrations agree: nothing to generate.');
      return;
    }
    const timestamp = Date.now();
    const kebab = name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
    const line = (q: { query: string; parameters?: unknown[] }) =>
      `    await queryRunner.query(${JSON.stringify(q.query)}${q.parameters?.length ? `, ${JSON.stringify(q.parameters)}` : ''});`;
    const source = `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${name}${timestamp} implements MigrationInterface {
  name = '${name}${timestamp}';

  async up(queryRunner: QueryRunner): Promise<void> {
${sql.upQueries.map(line).join('\n')}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${[...sql.downQueries].reverse().map(line).join('\n')}
  }
}
`;
    const file = path.join(findRepoRoot(), 'apps/api/src/migrations', `${timestamp}-${kebab}.ts`);
    writeFileSync(file, source);
    console.log(`Wrote ${file}; add ${name}${timestamp} to src/migrations/index.ts`);
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await admin.query(`DROP DATABASE IF EXISTS ${scratch}`);
    await admin.end();
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
