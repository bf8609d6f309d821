/** The query function of one connection (the seeding transaction's). */
export type Query = (sql: string, params?: unknown[]) => Promise<unknown>;

/** A column of a bulk insert: its name and its PostgreSQL type. */
export type BulkColumn = readonly [
  name: string,
  type: 'uuid' | 'text' | 'timestamptz' | 'boolean' | 'int' | 'jsonb' | 'name_bigrams',
];

// Instants travel as epoch milliseconds (cheaper to build and send than ISO text) and become
// timestamptz in the statement; JSON travels as text; a name's bigrams travel as the name and are made by
// the same SQL function as the staff register's trigger (which the seeding transaction switches off).
const SENT_AS: Record<BulkColumn[1], string> = {
  uuid: 'uuid',
  text: 'text',
  timestamptz: 'float8',
  boolean: 'boolean',
  int: 'int',
  jsonb: 'text',
  name_bigrams: 'text',
};
const SELECTED: Partial<Record<BulkColumn[1], (alias: string) => string>> = {
  timestamptz: (alias) => `to_timestamp(${alias} / 1000.0)`,
  jsonb: (alias) => `${alias}::jsonb`,
  name_bigrams: (alias) => `staff_name_bigrams(${alias})`,
};
const selected = (type: BulkColumn[1], alias: string) => SELECTED[type]?.(alias) ?? alias;

const DONE = Promise.resolve();

const quoted = (value: string) =>
  value.includes('"') || value.includes('\\') ? `"${value.replace(/[\\"]/g, '\\$&')}"` : `"${value}"`;

/**
 * A column as PostgreSQL's array literal, written here in one pass: pg's own serialisation escapes
 * element by element and was a tenth of the generator's time.
 */
function arrayLiteral(type: BulkColumn[1], values: readonly unknown[]): string {
  const parts = new Array<string>(values.length);
  for (let i = 0; i < values.length; i += 1) {
    const value = values[i];
    if (value === null || value === undefined) parts[i] = 'NULL';
    else if (type === 'text' || type === 'jsonb' || type === 'name_bigrams')
      parts[i] = quoted(value as string);
    else if (type === 'boolean') parts[i] = value ? 't' : 'f';
    else parts[i] = String(value as string | number);
  }
  return `{${parts.join(',')}}`;
}

/** Rows of one table gathered column by column, written by BulkWriter.flush. */
export class BulkTable {
  private columns: unknown[][];
  /** Rows written so far (sent included). */
  written = 0;

  constructor(
    readonly table: string,
    private readonly spec: readonly BulkColumn[],
  ) {
    this.columns = spec.map(() => []);
  }

  /**
   * One row, its values in the order of the columns (instants as Dates or epoch milliseconds).
   * Nothing is sent until the writer flushes this table.
   */
  push(values: readonly unknown[]): Promise<void> {
    for (let i = 0; i < values.length; i += 1) {
      const value = values[i];
      this.columns[i].push(value instanceof Date ? value.getTime() : value);
    }
    return DONE;
  }

  /** Rows gathered and not yet sent. */
  pending(): number {
    return this.columns[0].length;
  }

  /** `INSERT ... SELECT ... FROM unnest($n::type[], ...)` for the rows gathered, its parameters from `$offset + 1`. */
  take(offset: number): { sql: string; params: string[] } {
    const names = this.spec.map(([name]) => `"${name}"`).join(', ');
    const casts = this.spec.map(([, type], i) => `$${offset + i + 1}::${SENT_AS[type]}[]`).join(', ');
    const select = this.spec.map(([, type], i) => selected(type, `c${i}`)).join(', ');
    const aliases = this.spec.map((_, i) => `c${i}`).join(', ');
    const params = this.columns.map((values, i) => arrayLiteral(this.spec[i][1], values));
    this.written += this.columns[0].length;
    this.columns = this.spec.map(() => []);
    return {
      sql: `INSERT INTO "${this.table}" (${names}) SELECT ${select} FROM unnest(${casts}) AS t(${aliases})`,
      params,
    };
  }
}

/**
 * Writes gathered rows, several tables in one statement (data-modifying CTEs, parents listed first),
 * one statement at a time: while PostgreSQL inserts one batch, Node builds the next.
 */
export class BulkWriter {
  private inFlight: Promise<unknown> = DONE;

  constructor(private readonly query: Query) {}

  table(name: string, spec: readonly BulkColumn[]): BulkTable {
    return new BulkTable(name, spec);
  }

  /** Sends the rows gathered in `tables`; waits only for the statement sent before. */
  async flush(tables: readonly BulkTable[]): Promise<void> {
    const parts: string[] = [];
    const params: string[] = [];
    for (const table of tables) {
      if (table.pending() === 0) continue;
      const taken = table.take(params.length);
      parts.push(`w${parts.length} AS (${taken.sql})`);
      params.push(...taken.params);
    }
    if (parts.length === 0) return;
    await this.inFlight;
    const sent = this.query(`WITH ${parts.join(', ')} SELECT 1`, params);
    // Kept as the next flush's wait; a failure surfaces there or in drain().
    this.inFlight = sent;
    sent.catch(() => undefined);
  }

  /** Waits for the statement in flight; throws its failure. */
  async drain(): Promise<void> {
    await this.inFlight;
  }
}
