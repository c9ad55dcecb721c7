/**
 * One database interface over two engines: node-postgres (a Pool, for a PostgreSQL server) and
 * PGlite (embedded PostgreSQL in a data directory). NUMERIC, INT8 and DATE come back as strings
 * on both, so money is built from the string and dates never shift with the time zone.
 */
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFromStdin, to as copyToStdout } from 'pg-copy-streams';
import { PGlite, types as pgliteTypes } from '@electric-sql/pglite';

export type Row = Record<string, unknown>;

export interface Db {
  readonly engine: 'pg' | 'pglite';
  query<T extends Row = Row>(sql: string, params?: readonly unknown[]): Promise<{ rows: T[]; rowCount: number }>;
  /** Runs several `;`-separated statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
  /** Runs fn in one transaction on one connection; rolls back when fn throws. */
  transaction<T>(fn: (tx: Db) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  /**
   * `COPY ... FROM STDIN` fed with chunks of COPY text (strings or UTF-8 bytes); returns the rows copied.
   * Only on a PostgreSQL server: PGlite has no STDIN to copy from, and callers fall back to
   * multi-row INSERTs there (the same rows, the same constraints).
   */
  copyFrom?(sql: string, chunks: Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array>): Promise<number>;
  /** `COPY ... TO STDOUT`: the output as it arrives (chunk borders fall anywhere). Server only. */
  copyTo?(sql: string): AsyncIterable<Buffer>;
}

const OID = { INT8: 20, NUMERIC: 1700, DATE: 1082 } as const;
const asText = (v: string): string => v;

let pgTypesSet = false;
function setPgTypeParsers(): void {
  if (pgTypesSet) return;
  pg.types.setTypeParser(OID.NUMERIC, asText);
  pg.types.setTypeParser(OID.INT8, asText);
  pg.types.setTypeParser(OID.DATE, asText);
  pgTypesSet = true;
}

/** A Db on a PostgreSQL server. `schema`, when given, is created and put first on the search path. */
export async function openPg(connectionString: string, options: { schema?: string; max?: number } = {}): Promise<Db> {
  setPgTypeParsers();
  const schema = options.schema;
  if (schema !== undefined && !/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`bad schema name ${schema}`);
  // onConnect runs (and is awaited) before a new connection serves its first query, so no
  // connection ever works in `public` by accident.
  const pool = new pg.Pool({
    connectionString,
    max: options.max ?? 10,
    ...(schema ? { onConnect: async (client: pg.ClientBase) => void (await client.query(`SET search_path TO ${schema}, public`)) } : {}),
  });
  if (schema) await pool.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
  return pgDb(pool, pool, schema);
}

/**
 * The Db over `client`: the pool itself, or inside a transaction the one connection the
 * transaction holds (a nested `transaction` then joins it).
 */
function pgDb(pool: pg.Pool, client: pg.PoolClient | pg.Pool, schema: string | undefined): Db {
  const onClient = (c: pg.PoolClient | pg.Pool): Db => pgDb(pool, c, schema);
  return {
    engine: 'pg',
    async query<T extends Row>(sql: string, params: readonly unknown[] = []) {
      const res = await client.query(sql, params as unknown[]);
      return { rows: res.rows as T[], rowCount: res.rowCount ?? 0 };
    },
    async exec(sql: string) {
      await client.query(sql);
    },
    async transaction<T>(fn: (tx: Db) => Promise<T>): Promise<T> {
      if (client !== pool) return fn(onClient(client));
      const conn = await pool.connect();
      if (schema) await conn.query(`SET search_path TO ${schema}, public`);
      try {
        await conn.query('BEGIN');
        const out = await fn(onClient(conn));
        await conn.query('COMMIT');
        return out;
      } catch (err) {
        await conn.query('ROLLBACK').catch(() => undefined);
        throw err;
      } finally {
        conn.release();
      }
    },
    async close() {
      if (client === pool) await pool.end();
    },
    async copyFrom(sql: string, chunks: Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array>): Promise<number> {
      const [conn, own] = client instanceof pg.Pool ? [await client.connect(), true] : [client, false];
      try {
        const stream = conn.query(copyFromStdin(sql));
        await pipeline(Readable.from(chunks, { objectMode: false }), stream);
        return stream.rowCount;
      } finally {
        if (own) conn.release();
      }
    },
    async *copyTo(sql: string): AsyncIterable<Buffer> {
      const [conn, own] = client instanceof pg.Pool ? [await client.connect(), true] : [client, false];
      try {
        for await (const chunk of conn.query(copyToStdout(sql))) yield Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
      } finally {
        if (own) conn.release();
      }
    },
  };
}

/** A Db on embedded PostgreSQL (PGlite); `dataDir` undefined keeps it in memory (tests). */
export async function openPglite(dataDir?: string): Promise<Db> {
  const parsers = {
    [pgliteTypes.NUMERIC]: asText,
    [pgliteTypes.INT8]: asText,
    [pgliteTypes.DATE]: asText,
  };
  const lite = dataDir ? await PGlite.create(dataDir, { parsers }) : await PGlite.create({ parsers });
  // PGlite runs one statement at a time; a queue keeps transactions from interleaving.
  let chain: Promise<unknown> = Promise.resolve();
  const serial = <T>(fn: () => Promise<T>): Promise<T> => {
    const next = chain.then(fn, fn);
    chain = next.catch(() => undefined);
    return next;
  };
  type Tx = Parameters<Parameters<typeof lite.transaction>[0]>[0];
  const onTx = (tx: Tx): Db => ({
    engine: 'pglite',
    async query<T extends Row>(sql: string, params: readonly unknown[] = []) {
      const res = await tx.query<T>(sql, params as unknown[]);
      return { rows: res.rows, rowCount: res.affectedRows ?? res.rows.length };
    },
    async exec(sql: string) {
      await tx.exec(sql);
    },
    transaction: (fn) => fn(onTx(tx)),
    async close() {},
  });
  return {
    engine: 'pglite',
    query: <T extends Row>(sql: string, params: readonly unknown[] = []) =>
      serial(async () => {
        const res = await lite.query<T>(sql, params as unknown[]);
        return { rows: res.rows, rowCount: res.affectedRows ?? res.rows.length };
      }),
    exec: (sql) => serial(async () => void (await lite.exec(sql))),
    transaction: (fn) => serial(() => lite.transaction((tx) => fn(onTx(tx)))),
    close: () => serial(() => lite.close()),
  };
}
