import { randomBytes } from 'node:crypto';
import { idNumberCipher } from '../../features/staff/id-number';
import { createDataCipher, dataCipher, ENCRYPTED_PREFIX, isEncrypted } from './data-cipher';
import { columnCipher, encryptedColumn } from './encrypted-column';

const TEST_CONFIG = { isProduction: false, nodeEnv: 'test', dataDir: '/nonexistent' };
const PURPOSE = 'incident_child.child_name';

describe('the data cipher', () => {
  const cipher = createDataCipher(randomBytes(32));

  it('encrypts with a version prefix and a fresh IV, and decrypts back', () => {
    const first = cipher.encrypt(PURPOSE, '李小花');
    const second = cipher.encrypt(PURPOSE, '李小花');
    expect(first.startsWith(ENCRYPTED_PREFIX)).toBe(true);
    expect(first).not.toContain('李小花');
    expect(first).not.toBe(second);
    expect(cipher.decrypt(PURPOSE, first)).toBe('李小花');
    expect(cipher.decrypt(PURPOSE, cipher.encrypt(PURPOSE, ''))).toBe('');
  });

  it('a value opens only under its own purpose and key, and not once tampered with', () => {
    const sealed = cipher.encrypt(PURPOSE, '李小花');
    expect(() => cipher.decrypt('incident_child.statement', sealed)).toThrow();
    expect(() => createDataCipher(randomBytes(32)).decrypt(PURPOSE, sealed)).toThrow();
    const raw = Buffer.from(sealed.slice(ENCRYPTED_PREFIX.length), 'base64');
    raw[raw.length - 1] ^= 1;
    expect(() => cipher.decrypt(PURPOSE, ENCRYPTED_PREFIX + raw.toString('base64'))).toThrow();
    expect(() => cipher.decrypt(PURPOSE, `${ENCRYPTED_PREFIX}AAAA`)).toThrow(/truncated/);
  });

  it('refuses a value without the prefix, without quoting it', () => {
    expect(isEncrypted('李小花')).toBe(false);
    expect(() => cipher.decrypt(PURPOSE, '李小花')).toThrow(/not encrypted/);
    expect(() => cipher.decrypt(PURPOSE, '李小花')).not.toThrow(/李小花/);
  });

  it('the keyed hash is stable per purpose and key', () => {
    expect(cipher.hash('id-number', 'A')).toBe(cipher.hash('id-number', 'A'));
    expect(cipher.hash('id-number', 'A')).not.toBe(cipher.hash('other', 'A'));
  });

  it('ID numbers encrypted before the format prefix open once prefixed, and keep their hash', () => {
    // Written by the ID-number cipher of issue 5 with the test key: IV + tag + ciphertext, no prefix.
    const legacy = 'bP46AUGvHkov9vpYgh92ZZ/4Yk6iJl6EUDR5uaErfdx9YSZYvimpx1DpVtvCMw==';
    const ids = idNumberCipher(TEST_CONFIG, {});
    expect(ids.decrypt(ENCRYPTED_PREFIX + legacy)).toBe('50010719900307123X');
    expect(ids.hash('50010719900307123x')).toBe(
      'f26d23aa8335ddbbf6a4468a1a3bb02980f3c8f178846ffd1147538ceab51be4',
    );
  });

  it('the key comes from XIAOHU_DATA_KEY, which production requires', () => {
    const production = { ...TEST_CONFIG, isProduction: true, nodeEnv: 'production' };
    expect(() => dataCipher(production, {})).toThrow(/XIAOHU_DATA_KEY is required/);
    expect(() => dataCipher(production, { XIAOHU_DATA_KEY: 'ab'.repeat(16) })).toThrow(/at least 32 bytes/);
    const key = randomBytes(32).toString('hex');
    const sealed = dataCipher(production, { XIAOHU_DATA_KEY: key }).encrypt(PURPOSE, '李小花');
    expect(createDataCipher(Buffer.from(key, 'hex')).decrypt(PURPOSE, sealed)).toBe('李小花');
  });
});

describe('an encrypted column', () => {
  const column = encryptedColumn(PURPOSE);

  it('stores ciphertext and reads plaintext with the installed cipher; null stays null', () => {
    const stored = column.to('李小花') as string;
    expect(isEncrypted(stored)).toBe(true);
    expect(columnCipher().decrypt(PURPOSE, stored)).toBe('李小花');
    expect(column.from(stored)).toBe('李小花');
    expect(column.to(null)).toBeNull();
    expect(column.from(null)).toBeNull();
  });

  it('refuses to be queried with an operator (it cannot be compared in SQL)', () => {
    expect(() => column.to({ type: 'in', value: ['李小花'] })).toThrow(/cannot be queried/);
  });

  it('without an installed cipher it throws rather than store plaintext', () => {
    jest.isolateModules(() => {
      // A fresh copy of the module, before any start-up installed a cipher.
      const fresh = jest.requireActual<typeof import('./encrypted-column')>('./encrypted-column');
      expect(() => fresh.encryptedColumn(PURPOSE).to('李小花')).toThrow(/No data cipher installed/);
    });
  });
});
