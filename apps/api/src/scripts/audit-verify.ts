import 'reflect-metadata';
import { Client } from 'pg';
import { loadConfig } from '../config';
import { verifyAuditChain } from '../shared/audit/audit-chain';
import { dataCipher } from '../shared/crypto/data-cipher';
import { openDatabaseServer } from '../shared/db/embedded-postgres';

// Usage: npm run audit:verify   (the same environment as the server: DATABASE_URL, XIAOHU_DATA_KEY, ...)
// Walks the audit trail's hash chain in one snapshot and names the first broken row.
// Exit code 0: unbroken; 1: broken; 2: could not check.
async function main(): Promise<number> {
  const config = loadConfig();
  const cipher = dataCipher(config);
  const server = await openDatabaseServer({ ...config, log: console.log });
  const client = new Client({ connectionString: server.ownerUrl, application_name: 'xiaohu-audit-verify' });
  try {
    await client.connect();
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const report = await verifyAuditChain(
      async (sql, params) => (await client.query(sql, params)).rows,
      cipher,
    );
    await client.query('COMMIT');
    if (!report.broken) {
      console.log(`Audit trail unbroken: ${report.rows} rows, each following the one before.`);
      return 0;
    }
    const { seq, id, reason } = report.broken;
    console.log(
      `Audit trail BROKEN at row #${seq ?? '?'}${id ? ` (audit_event.id ${id})` : ''}: ${reason}. ` +
        `The ${report.rows} row${report.rows === 1 ? '' : 's'} before it ${report.rows === 1 ? 'is' : 'are'} intact.`,
    );
    return 1;
  } finally {
    await client.end().catch(() => undefined);
    await server.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error('Could not check the audit trail:', error instanceof Error ? error.message : error);
    process.exit(2);
  },
);
