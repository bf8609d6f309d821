/** The query function of one connection (the seeding transaction's). */
export type Query = (sql: string, params?: unknown[]) => Promise<unknown>;

/** A column of a bulk insert: its name and its PostgreSQL type (for the unnest cast). */
export type BulkColumn = readonly [
  name: string,
  type: 'uuid' | 'text' | 'timestamptz' | 'boolean' | 'int' | 'jsonb',
];

// Instants travel as epoch milliseconds (cheaper to build and send than ISO text) and become
// timestamptz in the statement; JSON travels as text.
const SENT_AS: Record<BulkColumn[1], string> = {
  uuid: 'uuid',
  text: 'text',
  timestamptz: 'float8',
  boolean: 'boolean',
  int: 'int',
  jsonb: 'text',
};
const selected = (type: BulkColumn[1], alias: string) =>
  type === 'timestamptz' ? `to_timestamp(${alias} / 1000.0)` : type === 'jsonb' ? `${alias}::jsonb` : alias;

const DONE = Promise.resolve();

/**
 * Rows of one table gathered column by column and written with
 * `INSERT ... SELECT * FROM unnest($1::uuid[], $2::text[], ...)`, one statement per batch.
 * Statements are queued on the one connection in order, so a parent's batch always precedes its children's.
 */
export class BulkTable {
  private columns: unknown[][];
  private readonly sql: string;
  /** Rows written so far (queued included). */
  written = 0;

  constructor(
    private readonly writer: BulkWriter,
    readonly table: string,
    private readonly spec: readonly BulkColumn[],
  ) {
    this.columns = spec.map(() => []);
    const names = spec.map(([name]) => `"${name}"`).join(', ');
    const casts = spec.map(([, type], i) => `$${i + 1}::${SENT_AS[type]}[]`).join(', ');
    const select = spec.map(([, type], i) => selected(type, `c${i}`)).join(', ');
    const aliases = spec.map((_, i) => `c${i}`).join(', ');
    this.sql = `INSERT INTO "${table}" (${names}) SELECT ${select} FROM unnest(${casts}) AS t(${aliases})`;
  }

  /**
   * One row, its values in the order of the columns (instants as Dates or epoch milliseconds). Nothing is sent
   * until `flush`: the caller flushes parents before the rows that refer to them (foreign keys).
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

  async flush(): Promise<void> {
    const rows = this.columns[0].length;
    if (rows === 0) return;
    const params = this.columns;
    this.columns = this.spec.map(() => []);
    this.written += rows;
    await this.writer.send(this.table, this.sql, params);
  }
}

/**
 * Sends the bulk statements of one connection one after another; while PostgreSQL runs one, Node builds
 * the next batch (pg allows one query at a time per client, so at most one is in flight).
 */
export class BulkWriter {
  private inFlight: Promise<unknown> = DONE;
  /** Milliseconds PostgreSQL spent on each table's statements. */
  readonly milliseconds: Record<string, number> = {};

  constructor(private readonly query: Query) {}

  table(name: string, spec: readonly BulkColumn[]): BulkTable {
    return new BulkTable(this, name, spec);
  }

  async send(table: string, sql: string, params: unknown[]): Promise<void> {
    await this.inFlight;
    const began = Date.now();
    const sent = this.query(sql, params).then(() => {
      this.milliseconds[table] = (this.milliseconds[table] ?? 0) + Date.now() - began;
    });
    // Kept as the next send's wait; a failure surfaces there or in drain().
    this.inFlight = sent;
    sent.catch(() => undefined);
  }

  /** Waits for the statement in flight; throws its failure. */
  async drain(): Promise<void> {
    await this.inFlight;
  }
}
