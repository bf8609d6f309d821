import type { DataSource } from 'typeorm';

export interface RowMatch {
  table: string;
  needle: string;
  rows: number;
}

/**
 * Searches every row of every table (pg-boss's too) as JSON text, i.e. what a data-only dump holds,
 * for each needle. Answers where each was found and in how many rows, never the rows themselves.
 */
export async function searchEveryRow(
  dataSource: Pick<DataSource, 'query'>,
  needles: readonly string[],
): Promise<{ tables: string[]; matches: RowMatch[] }> {
  // Ordinary tables only: a partitioned table's rows are read once, through its partitions.
  const tables = (await dataSource.query(
    `SELECT format('%I.%I', n.nspname, c.relname) AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE c.relkind = 'r' AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%'
     ORDER BY 1`,
  )) as { name: string }[];
  const matches: RowMatch[] = [];
  for (const { name } of tables) {
    const rows = (await dataSource.query(`SELECT row_to_json(t)::text AS row FROM ${name} t`)) as {
      row: string;
    }[];
    for (const needle of needles) {
      const count = rows.filter((r) => r.row.includes(needle)).length;
      if (count > 0) matches.push({ table: name, needle, rows: count });
    }
  }
  return { tables: tables.map((t) => t.name), matches };
}
