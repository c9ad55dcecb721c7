/**
 * Databases for the store's tests: in-memory PGlite always, and the real PostgreSQL when
 * DATABASE_URL is set, each PostgreSQL run in its own schema, dropped afterwards.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openPg, openPglite, type Db } from '../../../engine/store/db.ts';
import { loadMigrations, migrate } from '../../../engine/store/migrate.ts';
import { openStore } from '../../../engine/store/open.ts';

import type { Engine } from '../../support/requires.ts';

export type { Engine };

export interface TestDb {
  readonly db: Db;
  readonly engine: Engine;
  /** The schema on PostgreSQL (for child processes), null on PGlite. */
  readonly schema: string | null;
  /** A second pool on the same schema (another person, another instance); PostgreSQL only. */
  another(): Promise<Db>;
  drop(): Promise<void>;
}

/** A fresh, migrated database on the given engine. */
export async function openTestDb(engine: Engine): Promise<TestDb> {
  if (engine === 'pglite') {
    const db = await openStore({});
    return { db, engine, schema: null, another: () => Promise.reject(new Error('PGlite: one connection')), drop: () => db.close() };
  }
  const url = process.env.DATABASE_URL!;
  const schema = `store_${randomBytes(6).toString('hex')}`;
  const db = await openStore({ databaseUrl: url, schema });
  const others: Db[] = [];
  return {
    db, engine, schema,
    async another() {
      const other = await openPg(url, { schema });
      others.push(other);
      return other;
    },
    async drop() {
      for (const o of others) await o.close();
      await db.close();
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await client.end();
    },
  };
}

/** An empty database on `engine` migrated up to (not including) migration `version`, to test that migration on old rows. */
export async function openMigratedBefore(engine: Engine, version: string): Promise<{ db: Db; drop: () => Promise<void> }> {
  const upTo = loadMigrations().filter((m) => m.version < version);
  if (engine === 'pglite') {
    const db = await openPglite();
    await migrate(db, upTo);
    return { db, drop: () => db.close() };
  }
  const url = process.env.DATABASE_URL!;
  const schema = `before_${version}_${randomBytes(6).toString('hex')}`;
  const db = await openPg(url, { schema });
  await migrate(db, upTo);
  return {
    db,
    async drop() {
      await db.close();
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await client.end();
    },
  };
}
