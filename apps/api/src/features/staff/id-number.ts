import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { normaliseResidentId } from '@xiaohu/domain';
import type { ApiConfig } from '../../config';

export interface IdNumberCipher {
  encrypt(id: string): string;
  decrypt(ciphertext: string): string;
  /** Keyed hash for equality matching (register uniqueness, the district ban register). */
  hash(id: string): string;
}

function cipherFromMaster(master: Buffer): IdNumberCipher {
  // Separate keys for encryption and matching: a leaked hash key does not decrypt anything.
  const encKey = Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), 'xiaohu id-number aes-256-gcm', 32));
  const macKey = Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), 'xiaohu id-number hmac', 32));
  return {
    encrypt(id) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', encKey, iv);
      const body = Buffer.concat([cipher.update(normaliseResidentId(id), 'utf8'), cipher.final()]);
      return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64');
    },
    decrypt(ciphertext) {
      const raw = Buffer.from(ciphertext, 'base64');
      const decipher = createDecipheriv('aes-256-gcm', encKey, raw.subarray(0, 12));
      decipher.setAuthTag(raw.subarray(12, 28));
      return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
    },
    hash(id) {
      return createHmac('sha256', macKey).update(normaliseResidentId(id), 'utf8').digest('hex');
    },
  };
}

// Tests need a stable key without touching the disk; it protects nothing real.
const TEST_MASTER = Buffer.from('xiaohu-test-only-data-key-000000', 'utf8');

function readMasterKey(
  config: Pick<ApiConfig, 'isProduction' | 'nodeEnv' | 'dataDir'>,
  env: NodeJS.ProcessEnv,
): Buffer {
  const fromEnv = env.XIAOHU_DATA_KEY;
  if (fromEnv) {
    const key = Buffer.from(fromEnv, /^[0-9a-f]{64}$/i.test(fromEnv) ? 'hex' : 'base64');
    if (key.length < 32)
      throw new Error('XIAOHU_DATA_KEY must hold at least 32 bytes (64 hex characters or base64)');
    return key;
  }
  if (config.isProduction)
    throw new Error('XIAOHU_DATA_KEY is required in production (ID numbers are encrypted with it)');
  if (config.nodeEnv === 'test') return TEST_MASTER;
  // Development: a key generated once beside the embedded database, so restarts can still decrypt.
  const file = path.join(config.dataDir, 'data-key');
  if (!existsSync(file)) {
    mkdirSync(config.dataDir, { recursive: true });
    writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600, flag: 'wx' });
  }
  return Buffer.from(readFileSync(file, 'utf8').trim(), 'hex');
}

const ciphers = new Map<string, IdNumberCipher>();

/** The cipher for this configuration, built once; throws in production without XIAOHU_DATA_KEY. */
export function idNumberCipher(
  config: Pick<ApiConfig, 'isProduction' | 'nodeEnv' | 'dataDir'>,
  env: NodeJS.ProcessEnv = process.env,
): IdNumberCipher {
  const cacheKey = `${config.nodeEnv}|${config.dataDir}|${env.XIAOHU_DATA_KEY ?? ''}`;
  let cipher = ciphers.get(cacheKey);
  if (!cipher) {
    cipher = cipherFromMaster(readMasterKey(config, env));
    ciphers.set(cacheKey, cipher);
  }
  return cipher;
}
