import 'reflect-metadata';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../config';
import { dataCipher } from '../shared/crypto/data-cipher';
import { writeBackup } from '../shared/db/backup';
import { openDatabaseServer } from '../shared/db/embedded-postgres';

// Usage: npm run backup [-- <file>]   (default <XIAOHU_DATA_DIR>/backups/xiaohu-<UTC time>.backup.gz)
// A consistent copy of every table while XiaoHu keeps running (see shared/db/backup.ts).
async function main(): Promise<void> {
  const config = loadConfig();
  const cipher = dataCipher(config);
  const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
  const file = path.resolve(
    process.argv[2] ?? path.join(config.dataDir, 'backups', `xiaohu-${stamp}.backup.gz`),
  );
  mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const server = await openDatabaseServer({ ...config, log: console.log });
  try {
    const header = await writeBackup(server.ownerUrl, file, cipher);
    const rows = header.tables.reduce((sum, table) => sum + table.rows, 0);
    console.log(`Backed up ${rows} rows of ${header.tables.length} tables to ${file}`);
    console.log(
      'Keep the data key apart from the backups: without it a backup can be neither read nor restored.',
    );
  } finally {
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error('Backup failed:', error instanceof Error ? error.message : error);
  process.exit(1);
});
