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

/** A key the audit log's rows are hashed with (HMAC-SHA256), and its id, stored in each row. */
export interface AuditKey {
  readonly id: string;
  readonly secret: string;
}

/**
 * How the audit log is written through a Db (set by the composition root, see audit.ts): the
 * key new rows are hashed with (none: an unkeyed sha256 chain), the keys of earlier rows (a
 * rotation), and the operating-system user running a command, recorded beside the acting person.
 */
export interface AuditContext {
  readonly key?: AuditKey | undefined;
  readonly oldKeys?: readonly AuditKey[] | undefined;
  readonly osUser?: string | undefined;
}

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
  /** How audit rows are keyed and whom they name besides the actor (withAudit); absent: unkeyed, no OS user. */
  readonly audit?: AuditContext;
}

/** The same database, writing the audit log with `audit` (its transactions too). */
export function withAudit(db: Db, audit: AuditContext): Db {
  const copyFrom = db.copyFrom?.bind(db);
  const copyTo = db.copyTo?.bind(db);
  return {
    engine: db.engine,
    audit,
    query: <T extends Row>(sql: string, params?: readonly unknown[]) => db.query<T>(sql, params),
    exec: (sql) => db.exec(sql),
    transaction: (fn) => db.transaction((tx) => fn(withAudit(tx, audit))),
    close: () => db.close(),
    ...(copyFrom ? { copyFrom } : {}),
    ...(copyTo ? { copyTo } : {}),
  };
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

export interface PgOptions {
  schema?: string;
  max?: number;
  /** Shown in pg_stat_activity (default `recon`): an administrator sees, and can end, the bot's sessions. */
  applicationName?: string;
  /**
   * Called when a connection the pool holds fails outside a query (the server restarted, failed
   * over, or an administrator ended the session). The pool drops that connection and opens a
   * new one on the next query; without a listener node would end the process.
   */
  onConnectionError?: (err: Error) => void;
}

/** A Db on a PostgreSQL server. `schema`, when given, is created and put first on the search path. */
export async function openPg(connectionString: string, options: PgOptions = {}): Promise<Db> {
  setPgTypeParsers();
  const schema = options.schema;
  if (schema !== undefined && !/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`bad schema name ${schema}`);
  // onConnect runs (and is awaited) before a new connection serves its first query, so no
  // connection ever works in `public` by accident.
  const pool = new pg.Pool({
    connectionString,
    max: options.max ?? 10,
    application_name: options.applicationName ?? 'recon',
    // A server that accepts the TCP connection but never answers must not hold a turn forever.
    connectionTimeoutMillis: 10_000,
    ...(schema ? { onConnect: async (client: pg.ClientBase) => void (await client.query(`SET search_path TO ${schema}, public`)) } : {}),
  });
  const onError = options.onConnectionError ?? ((): void => undefined);
  pool.on('error', (err) => onError(err));
  if (schema) await pool.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
  return pgDb(pool, pool, schema, onError);
}

/**
 * Checks a connection out of the pool for one piece of work. While it is checked out the pool's
 * own error listener is off, so this one stands in: a connection ended between two statements
 * (a transaction waiting on the application) emits 'error', which must not end the process. A
 * connection that failed is handed back broken, so the pool discards it instead of reusing it.
 */
async function checkOut(pool: pg.Pool, onError: (err: Error) => void): Promise<{ conn: pg.PoolClient; done: (err?: unknown) => void }> {
  const conn = await pool.connect();
  let broken: Error | undefined;
  const listener = (err: Error): void => {
    broken = err;
    onError(err);
  };
  conn.on('error', listener);
  return {
    conn,
    done(err?: unknown) {
      conn.removeListener('error', listener);
      const lost = broken ?? (isConnectionLoss(err) ? (err as Error) : undefined);
      conn.release(lost);
    },
  };
}

/**
 * The errors that mean the connection itself is gone (as opposed to a statement that failed):
 * network errors, node-postgres's "Connection terminated", and the server's class 08
 * (connection exception) and 57P01-57P03 (administrator or crash shutdown, cannot connect now).
 */
export function isConnectionLoss(err: unknown): boolean {
  if (!(err instanceof Error)) return false;
  const code = (err as { code?: unknown }).code;
  if (typeof code === 'string') {
    if (/^(08...|57P0[1-3])$/.test(code)) return true;
    if (['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN'].includes(code)) return true;
  }
  return /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Connection ended/i.test(err.message);
}

/**
 * The Db over `client`: the pool itself, or inside a transaction the one connection the
 * transaction holds (a nested `transaction` then joins it).
 */
function pgDb(pool: pg.Pool, client: pg.PoolClient | pg.Pool, schema: string | undefined, onError: (err: Error) => void): Db {
  const onClient = (c: pg.PoolClient | pg.Pool): Db => pgDb(pool, c, schema, onError);
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
      const { conn, done } = await checkOut(pool, onError);
      let failure: unknown;
      try {
        if (schema) await conn.query(`SET search_path TO ${schema}, public`);
        await conn.query('BEGIN');
        const out = await fn(onClient(conn));
        await conn.query('COMMIT');
        return out;
      } catch (err) {
        failure = err;
        await conn.query('ROLLBACK').catch(() => undefined);
        throw err;
      } finally {
        done(failure);
      }
    },
    async close() {
      if (client === pool) await pool.end();
    },
    async copyFrom(sql: string, chunks: Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array>): Promise<number> {
      const own = client instanceof pg.Pool ? await checkOut(client, onError) : undefined;
      const conn = own?.conn ?? (client instanceof pg.Pool ? null : client);
      if (conn === null) throw new Error('unreachable: a pool checks out a client');
      let failure: unknown;
      try {
        const stream = conn.query(copyFromStdin(sql));
        await pipeline(Readable.from(chunks, { objectMode: false }), stream);
        return stream.rowCount;
      } catch (err) {
        failure = err;
        throw err;
      } finally {
        own?.done(failure);
      }
    },
    async *copyTo(sql: string): AsyncIterable<Buffer> {
      const own = client instanceof pg.Pool ? await checkOut(client, onError) : undefined;
      const conn = own?.conn ?? (client instanceof pg.Pool ? null : client);
      if (conn === null) throw new Error('unreachable: a pool checks out a client');
      let failure: unknown;
      try {
        for await (const chunk of conn.query(copyToStdout(sql))) yield Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
      } catch (err) {
        failure = err;
        throw err;
      } finally {
        own?.done(failure);
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
