import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ApiConfig } from '../../config';

export type DataKeyConfig = Pick<ApiConfig, 'isProduction' | 'nodeEnv' | 'dataDir'>;

// Tests need a stable key without touching the disk; it protects nothing real.
const TEST_MASTER = Buffer.from('xiaohu-test-only-data-key-000000', 'utf8');

/**
 * The master data key: XIAOHU_DATA_KEY (64 hex characters or base64 of at least 32 bytes); required in
 * production. Tests use a fixed key; development generates one once beside the embedded database.
 */
export function readDataKey(config: DataKeyConfig, env: NodeJS.ProcessEnv): Buffer {
  const fromEnv = env.XIAOHU_DATA_KEY;
  if (fromEnv) {
    const key = Buffer.from(fromEnv, /^[0-9a-f]{64}$/i.test(fromEnv) ? 'hex' : 'base64');
    if (key.length < 32)
      throw new Error('XIAOHU_DATA_KEY must hold at least 32 bytes (64 hex characters or base64)');
    return key;
  }
  if (config.isProduction)
    throw new Error(
      'XIAOHU_DATA_KEY is required in production (ID numbers and case records are encrypted with it)',
    );
  if (config.nodeEnv === 'test') return TEST_MASTER;
  // Development: a key generated once beside the embedded database, so restarts can still decrypt.
  const file = path.join(config.dataDir, 'data-key');
  if (!existsSync(file)) {
    mkdirSync(config.dataDir, { recursive: true });
    writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600, flag: 'wx' });
  }
  return Buffer.from(readFileSync(file, 'utf8').trim(), 'hex');
}
