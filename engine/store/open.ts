/**
 * Opens the store a configuration names: PostgreSQL when a URL is given, else embedded PostgreSQL
 * (PGlite) in a data directory (created when missing), with every migration applied.
 */
import { mkdirSync } from 'node:fs';
import { openPg, openPglite, type Db } from './db.ts';
import { migrate } from './migrate.ts';

export interface StoreConfig {
  /** postgres:// URL; when absent, the embedded database in `dataDir`. */
  readonly databaseUrl?: string | undefined;
  /** Folder of the embedded database; undefined keeps it in memory (tests). */
  readonly dataDir?: string | undefined;
  /** PostgreSQL schema to work in (tests use one per run). */
  readonly schema?: string | undefined;
}

/** Opens and migrates the store. */
export async function openStore(config: StoreConfig): Promise<Db> {
  let db: Db;
  if (config.databaseUrl) {
    db = await openPg(config.databaseUrl, config.schema ? { schema: config.schema } : {});
  } else {
    if (config.dataDir) mkdirSync(config.dataDir, { recursive: true });
    db = await openPglite(config.dataDir);
  }
  try {
    await migrate(db);
  } catch (err) {
    await db.close();
    throw err;
  }
  return db;
}
