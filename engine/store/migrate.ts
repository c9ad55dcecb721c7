/**
 * Versioned, forward-only SQL migrations (engine/store/migrations/NNN_name.sql), applied at start
 * on both engines. Each file runs once, in its own transaction, under an advisory lock so two
 * instances starting together do not race.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { Db } from './db.ts';

const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations/', import.meta.url));
const LOCK_KEY = 72_455_001;

export interface Migration {
  version: string;
  sql: string;
}

export function loadMigrations(dir: string = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir)
    .filter((f) => /^\d{3}_[a-z0-9_]+\.sql$/.test(f))
    .sort()
    .map((f) => ({ version: f.replace(/\.sql$/, ''), sql: readFileSync(join(dir, f), 'utf8') }));
}

/** Applies the migrations not yet applied; returns the versions it applied. */
export async function migrate(db: Db, migrations: readonly Migration[] = loadMigrations()): Promise<string[]> {
  // Created only when missing: an application role without CREATE on the schema (README, "Owner and
  // application role") opens a store its owner has migrated; CREATE ... IF NOT EXISTS would need CREATE.
  const exists = await db.query(`SELECT to_regclass('schema_migrations') IS NOT NULL AS yes`);
  if (exists.rows[0]?.['yes'] !== true) {
    await db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version text PRIMARY KEY,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`);
  }
  const applied: string[] = [];
  for (const m of migrations) {
    const done = await db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [LOCK_KEY]);
      const seen = await tx.query('SELECT 1 FROM schema_migrations WHERE version = $1', [m.version]);
      if (seen.rows.length > 0) return false;
      await tx.exec(m.sql);
      await tx.query('INSERT INTO schema_migrations (version) VALUES ($1)', [m.version]);
      return true;
    });
    if (done) applied.push(m.version);
  }
  return applied;
}
