import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { loadConfig } from '../../config';
import { createTestDatabase } from '../../test-support/test-database';
import { lastAuditRowMatches } from '../audit/audit-chain';
import { createDataSource } from '../db/data-source';
import { createDataCipher, dataCipher } from './data-cipher';
import { assertDataKeyMatches } from './data-key-check';

// A second API process on the same database with another XIAOHU_DATA_KEY refuses to start.
let owner: DataSource;
const query = (sql: string, parameters?: unknown[]) => owner.query(sql, parameters) as Promise<unknown[]>;
const rightKey = dataCipher(loadConfig({ NODE_ENV: 'test' }));
const otherKey = createDataCipher(randomBytes(32));

beforeAll(async () => {
  owner = createDataSource((await createTestDatabase()).url, 'owner');
  await owner.initialize();
});
afterAll(() => owner.destroy());

it('accepts the key the database was written with and refuses another one, before anything is written', async () => {
  await expect(assertDataKeyMatches(query, rightKey)).resolves.toBeUndefined();
  await expect(assertDataKeyMatches(query, otherKey)).rejects.toThrow(
    'XIAOHU_DATA_KEY is not the key this database was written with',
  );
});

it('without staff, the audit chain tells: its last row hashes with the right key only; an empty database passes', async () => {
  expect(await lastAuditRowMatches(query, rightKey)).toBe(true);
  expect(await lastAuditRowMatches(query, otherKey)).toBe(false);
  const withoutStaff = (sql: string, parameters?: unknown[]) =>
    sql.includes('FROM staff_member') ? Promise.resolve([]) : query(sql, parameters);
  await expect(assertDataKeyMatches(withoutStaff, otherKey)).rejects.toThrow('XIAOHU_DATA_KEY');
  await expect(assertDataKeyMatches(withoutStaff, rightKey)).resolves.toBeUndefined();
  const empty = (sql: string) =>
    Promise.resolve(sql.includes('to_regclass') ? [{ hasStaff: false, hasChain: false }] : []);
  await expect(assertDataKeyMatches(empty, otherKey)).resolves.toBeUndefined();
});
