/**
 * Opens the store a configuration names: PostgreSQL when a URL is given, else embedded PostgreSQL
 * (PGlite) in a data directory (created when missing), with every migration applied.
 */
import { mkdirSync } from 'node:fs';
import { EngineError } from '../errors.ts';
import { openPg, openPglite, withAudit, type AuditContext, type Db } from './db.ts';
import { lockDataDir } from './dir-lock.ts';
import { migrate } from './migrate.ts';

export interface StoreConfig {
  /** postgres:// URL; when absent, the embedded database in `dataDir`. */
  readonly databaseUrl?: string | undefined;
  /** Folder of the embedded database; undefined keeps it in memory (tests). */
  readonly dataDir?: string | undefined;
  /** PostgreSQL schema to work in (tests use one per run). */
  readonly schema?: string | undefined;
  /** A PostgreSQL connection failed outside a query (see PgOptions.onConnectionError). */
  readonly onConnectionError?: ((err: Error) => void) | undefined;
  /** The audit log's keys (and the OS user of a command): see AuditContext. */
  readonly audit?: AuditContext | undefined;
}

/**
 * Opens and migrates the store. A store that cannot be reached or opened (server down, wrong
 * credentials or database, a data folder that is a file or not writable) is STORE.UNAVAILABLE,
 * naming where and why; an embedded folder another process holds is STORE.DATA_DIR_IN_USE.
 */
export async function openStore(config: StoreConfig): Promise<Db> {
  const where = config.databaseUrl ? withoutPassword(config.databaseUrl) : (config.dataDir ?? 'memory');
  let db: Db;
  try {
    if (config.databaseUrl) {
      db = await openPg(config.databaseUrl, {
        ...(config.schema ? { schema: config.schema } : {}),
        ...(config.onConnectionError ? { onConnectionError: config.onConnectionError } : {}),
      });
    } else if (config.dataDir) {
      db = await openEmbedded(config.dataDir);
    } else {
      db = await openPglite();
    }
  } catch (err) {
    throw unavailable(err, where);
  }
  try {
    await migrate(db);
  } catch (err) {
    await db.close();
    throw unavailable(err, where);
  }
  return config.audit ? withAudit(db, config.audit) : db;
}

/** postgres://user:secret@host/db → postgres://user:***@host/db (the URL goes into messages). */
export function withoutPassword(url: string): string {
  return url.replace(/^([a-z]+:\/\/[^:@/]*):[^@/]*@/i, '$1:***@');
}

/**
 * Errors that mean "the store is not there to be opened", as opposed to a broken migration:
 * network errors, and PostgreSQL's refusals of the connection itself (class 28 authorisation,
 * 3D000 no such database, 57P03 starting up, 53300 too many connections), and file-system errors.
 */
const SYSTEM_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ECONNRESET',
  'EACCES', 'EPERM', 'EEXIST', 'ENOTDIR', 'EROFS', 'ENOSPC', 'EISDIR']);
const SERVER_CODES = /^(28...|3D000|57P03|53300)$/;

function unavailable(err: unknown, where: string): unknown {
  if (err instanceof EngineError) return err;
  const code = (err as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !(SYSTEM_CODES.has(code) || SERVER_CODES.test(code))) return err;
  const reason = err instanceof Error && err.message !== '' ? err.message : code;
  return new EngineError('STORE.UNAVAILABLE', `cannot open the store at ${where}: ${reason}`, { where, reason });
}

/**
 * PGlite's own failure to start on what is in `dir` (a folder left half there: files removed, a
 * copy cut short) is STORE.DATA_DIR_DAMAGED naming the folder; a file-system error keeps its code
 * for `unavailable`. PGlite sets up a new database only in an empty folder, so a damaged one is
 * left as it is (to be restored from a copy).
 */
function damaged(err: unknown, dir: string): unknown {
  if (err instanceof EngineError || typeof (err as { code?: unknown } | null)?.code === 'string') return err;
  const reason = err instanceof Error ? err.message : String(err);
  return new EngineError('STORE.DATA_DIR_DAMAGED', `the embedded store in ${dir} cannot be opened: ${reason}`, { dir, reason });
}

/** PGlite in `dir`, held by this process alone until the store is closed (see dir-lock.ts). */
async function openEmbedded(dir: string): Promise<Db> {
  mkdirSync(dir, { recursive: true });
  const release = lockDataDir(dir);
  let db: Db;
  try {
    db = await openPglite(dir);
  } catch (err) {
    release();
    throw damaged(err, dir);
  }
  return {
    ...db,
    async close() {
      try {
        await db.close();
      } finally {
        release();
      }
    },
  };
}
