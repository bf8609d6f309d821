import { createHash } from 'node:crypto';

/**
 * Bytes kept outside the database (issue 11: photos), addressed by their content: the key is the SHA-256
 * of the bytes, so storing the same bytes twice keeps one copy and a key can never name other bytes.
 */
export interface ObjectStore {
  /** Stores the bytes (once) and answers their key. */
  put(bytes: Buffer, contentType: string): Promise<string>;
  /** The bytes under the key, or null when there are none. */
  get(key: string): Promise<Buffer | null>;
  exists(key: string): Promise<boolean>;
  /** Removes the bytes; a missing key is not an error. */
  delete(key: string): Promise<void>;
}

/** The key of some bytes: their SHA-256 in lower-case hex. */
export function contentKey(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

const KEY = /^[0-9a-f]{64}$/;

/** Keys come from our own rows, but a store never turns anything else into a path or an object name. */
export function assertContentKey(key: string): void {
  if (!KEY.test(key)) throw new Error('Not a content key');
}
