import 'reflect-metadata';
import path from 'node:path';
import { loadConfig } from '../config';
import { dataCipher } from '../shared/crypto/data-cipher';
import { installColumnCipher } from '../shared/crypto/encrypted-column';
import { restoreBackup } from '../shared/db/backup';
import { openDatabaseServer } from '../shared/db/embedded-postgres';

// Usage: stop XiaoHu, then npm run restore -- <file>
// Restores into a new database, checks it, and only then gives it the database's name; the database
// it replaces is kept under another name (see shared/db/backup.ts).
async function main(): Promise<void> {
  const file = process.argv[2];
  if (!file) throw new Error('Give the backup file: npm run restore -- <file>');
  const config = loadConfig();
  const cipher = dataCipher(config);
  // Migrations made since the backup may rewrite encrypted columns.
  installColumnCipher(cipher);
  const server = await openDatabaseServer({ ...config, log: console.log, mayCreate: true });
  try {
    const result = await restoreBackup(server.ownerUrl, path.resolve(file), cipher, console.log);
    const rows = result.header.tables.reduce((sum, table) => sum + table.rows, 0);
    console.log(
      `Restored ${rows} rows of ${result.header.tables.length} tables from ${result.header.createdAt}.`,
    );
    if (result.replacedBy)
      console.log(`The database it replaced is kept as "${result.replacedBy}": drop it once satisfied.`);
  } finally {
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error('Restore failed:', error instanceof Error ? error.message : error);
  process.exit(1);
});
