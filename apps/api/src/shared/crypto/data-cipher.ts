import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { readDataKey, type DataKeyConfig } from './data-key';

/**
 * What a value is encrypted for, e.g. `id-number` or `incident_child.child_name`. Each purpose has its
 * own key derived from the master key, so a ciphertext opens only where it was written. Purposes are
 * part of the stored data: never rename one.
 */
export type DataPurpose = string;

/** Format version 1: AES-256-GCM, base64 of IV (12 bytes) + tag (16 bytes) + ciphertext. */
export const ENCRYPTED_PREFIX = 'v1:';
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** Authenticated encryption of short texts at rest, with the data key. */
export interface DataCipher {
  encrypt(purpose: DataPurpose, plaintext: string): string;
  /** Throws when the value is not ours: wrong key, wrong purpose, tampered or never encrypted. */
  decrypt(purpose: DataPurpose, encrypted: string): string;
  /** Keyed hash (HMAC-SHA256, hex) for equality matching without decrypting. */
  hash(purpose: DataPurpose, value: string): string;
}

/** True when the value carries a format prefix, i.e. was written by a DataCipher. */
export function isEncrypted(value: string): boolean {
  return value.startsWith(ENCRYPTED_PREFIX);
}

/** A cipher over this master key; keys per purpose are derived (HKDF-SHA256) once and kept. */
export function createDataCipher(master: Buffer): DataCipher {
  const keys = new Map<string, Buffer>();
  // Separate keys for encryption and matching: a leaked hash key decrypts nothing.
  const keyFor = (purpose: DataPurpose, use: 'aes-256-gcm' | 'hmac') => {
    const info = `xiaohu ${purpose} ${use}`;
    let key = keys.get(info);
    if (!key) {
      key = Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), info, 32));
      keys.set(info, key);
    }
    return key;
  };
  return {
    encrypt(purpose, plaintext) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', keyFor(purpose, 'aes-256-gcm'), iv);
      const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
      return ENCRYPTED_PREFIX + Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64');
    },
    decrypt(purpose, encrypted) {
      // The message never quotes the value: it may be a child's name that was never encrypted.
      if (!isEncrypted(encrypted)) throw new Error(`A ${purpose} value is not encrypted (no format prefix)`);
      const raw = Buffer.from(encrypted.slice(ENCRYPTED_PREFIX.length), 'base64');
      if (raw.length < IV_BYTES + TAG_BYTES) throw new Error(`A ${purpose} value is truncated`);
      const decipher = createDecipheriv(
        'aes-256-gcm',
        keyFor(purpose, 'aes-256-gcm'),
        raw.subarray(0, IV_BYTES),
      );
      decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
      return Buffer.concat([decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString(
        'utf8',
      );
    },
    hash(purpose, value) {
      return createHmac('sha256', keyFor(purpose, 'hmac')).update(value, 'utf8').digest('hex');
    },
  };
}

const ciphers = new Map<string, DataCipher>();

/** The cipher for this configuration, built once; throws in production without XIAOHU_DATA_KEY. */
export function dataCipher(config: DataKeyConfig, env: NodeJS.ProcessEnv = process.env): DataCipher {
  const cacheKey = `${config.nodeEnv}|${config.dataDir}|${env.XIAOHU_DATA_KEY ?? ''}`;
  let cipher = ciphers.get(cacheKey);
  if (!cipher) {
    cipher = createDataCipher(readDataKey(config, env));
    ciphers.set(cacheKey, cipher);
  }
  return cipher;
}
