import { normaliseResidentId } from '@xiaohu/domain';
import type { ApiConfig } from '../../config';
import { dataCipher } from '../../shared/crypto/data-cipher';

const PURPOSE = 'id-number';

export interface IdNumberCipher {
  encrypt(id: string): string;
  decrypt(ciphertext: string): string;
  /** Keyed hash for equality matching (register uniqueness, the district ban register). */
  hash(id: string): string;
}

/** The ID-number cipher for this configuration; throws in production without XIAOHU_DATA_KEY. */
export function idNumberCipher(
  config: Pick<ApiConfig, 'isProduction' | 'nodeEnv' | 'dataDir'>,
  env: NodeJS.ProcessEnv = process.env,
): IdNumberCipher {
  const cipher = dataCipher(config, env);
  return {
    encrypt: (id) => cipher.encrypt(PURPOSE, normaliseResidentId(id)),
    decrypt: (ciphertext) => cipher.decrypt(PURPOSE, ciphertext),
    hash: (id) => cipher.hash(PURPOSE, normaliseResidentId(id)),
  };
}
