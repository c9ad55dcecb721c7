/**
 * Databases for the bot's tests: in-memory PGlite always, and the real PostgreSQL when
 * DATABASE_URL is set, each in its own schema dropped afterwards.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openPg, openPglite, type Db } from '../../../engine/store/db.ts';
import { migrate } from '../../../engine/store/migrate.ts';

export interface TestDb {
  db: Db;
  /** Another connection pool on the same database (a second bot instance); PostgreSQL only. */
  another(): Promise<Db>;
  drop(): Promise<void>;
}

/** Opens a fresh, migrated database on the given engine. */
export async function openTestDb(engine: 'pglite' | 'pg', options: { max?: number } = {}): Promise<TestDb> {
  if (engine === 'pglite') {
    const db = await openPglite();
    await migrate(db);
    return {
      db,
      another: () => Promise.reject(new Error('PGlite is one process; a second instance needs PostgreSQL')),
      drop: () => db.close(),
    };
  }
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set');
  const schema = `bot_${randomBytes(6).toString('hex')}`;
  const db = await openPg(url, { schema, ...options });
  await migrate(db);
  const others: Db[] = [];
  return {
    db,
    async another() {
      const other = await openPg(url, { schema, ...options });
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

