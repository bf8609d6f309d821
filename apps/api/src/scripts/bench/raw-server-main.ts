import type { AddressInfo } from 'node:net';
import { Pool } from 'pg';
import { loadConfig } from '../../config';
import { dataCipher } from '../../shared/crypto/data-cipher';
import { createRawServer } from './raw-server';

// The raw baseline as its own process, started by bench.ts: XIAOHU_BENCH_DATABASE_URL is the app role's
// connection (like the API's pool, 10 connections); XIAOHU_BENCH_PORT 0 picks a free port. Prints
// `raw baseline ready on <port>` when listening.
async function main(): Promise<void> {
  const url = process.env.XIAOHU_BENCH_DATABASE_URL;
  if (!url) throw new Error('XIAOHU_BENCH_DATABASE_URL is not set');
  const config = loadConfig();
  const pool = new Pool({ connectionString: url, max: 10 });
  const server = createRawServer({
    pool,
    cipher: dataCipher(config),
    sessionIdleMinutes: config.sessionIdleMinutes,
    sessionAbsoluteHours: config.sessionAbsoluteHours,
    caseCountLimit: config.caseCountLimit,
  });
  server.keepAliveTimeout = 60_000;
  server.listen(Number(process.env.XIAOHU_BENCH_PORT ?? 0), '127.0.0.1', () => {
    console.log(`raw baseline ready on ${(server.address() as AddressInfo).port}`);
  });
  const stop = () => {
    server.closeAllConnections();
    server.close(() => void pool.end().then(() => process.exit(0)));
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((error: unknown) => {
  console.error('The raw baseline failed to start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
