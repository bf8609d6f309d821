import type { ValueTransformer } from 'typeorm';
import type { DataCipher, DataPurpose } from './data-cipher';

// Entities are declared before the configuration is read, so the cipher is installed at start-up.
let installed: DataCipher | null = null;

/** Start-up (main.ts, the test setup) installs the configured cipher before the database is touched. */
export function installColumnCipher(cipher: DataCipher): void {
  installed = cipher;
}

/** The installed cipher; throws when start-up has not installed one (never writes plaintext instead). */
export function columnCipher(): DataCipher {
  if (!installed) throw new Error('No data cipher installed: call installColumnCipher at start-up');
  return installed;
}

/**
 * A column stored encrypted with the data key (AES-256-GCM, a fresh IV each write): the entity holds
 * plaintext, the table ciphertext. Such a column cannot be searched, compared or sorted in SQL, and
 * `save()` rewrites it every time (two encryptions never match); use insert/update.
 */
export function encryptedColumn(purpose: DataPurpose): ValueTransformer {
  return {
    to(value: unknown) {
      if (value === null || value === undefined) return value;
      if (typeof value !== 'string') throw new Error(`${purpose} is encrypted: it cannot be queried in SQL`);
      return columnCipher().encrypt(purpose, value);
    },
    from(value: unknown) {
      if (value === null || value === undefined) return value;
      return columnCipher().decrypt(purpose, value as string);
    },
  };
}
