import { lastAuditRowMatches } from '../audit/audit-chain';
import type { DataCipher } from './data-cipher';

type Query = (sql: string, parameters?: unknown[]) => Promise<unknown[]>;

// The staff register's ID numbers are encrypted for this purpose (features/staff/id-number.ts).
const ID_NUMBER_PURPOSE = 'id-number';

/**
 * Refuses to start with a data key that is not the one this database was written with: a replica (or
 * a restarted server) with another XIAOHU_DATA_KEY would write rows the others cannot read and break
 * the audit chain. Decrypts one stored ID number; without staff, checks the audit chain's last row.
 * An empty database passes. Runs before the migrations, which may encrypt and append to the chain.
 */
export async function assertDataKeyMatches(
  query: Query,
  cipher: Pick<DataCipher, 'decrypt' | 'hash'>,
): Promise<void> {
  // Before the migrations: a database made by older ones may lack either table.
  const [tables] = (await query(
    `SELECT to_regclass('public.staff_member') IS NOT NULL AS "hasStaff",
            to_regclass('public.audit_chain_head') IS NOT NULL AS "hasChain"`,
  )) as { hasStaff: boolean; hasChain: boolean }[];
  const [staff] = tables.hasStaff
    ? ((await query('SELECT id_number_ciphertext AS value FROM staff_member LIMIT 1')) as { value: string }[])
    : [];
  let matches: boolean | null = null;
  if (staff) {
    try {
      cipher.decrypt(ID_NUMBER_PURPOSE, staff.value);
      matches = true;
    } catch {
      matches = false;
    }
  } else if (tables.hasChain) {
    matches = await lastAuditRowMatches(query, cipher);
  }
  if (matches === false)
    throw new Error(
      'XIAOHU_DATA_KEY is not the key this database was written with: every API process on one ' +
        'database needs the same key (if the key is right, run npm run audit:verify)',
    );
}
