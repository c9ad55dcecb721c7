/** Opens the store the configuration names: PostgreSQL when DATABASE_URL is set, else PGlite. */
import { openPg, openPglite, type Db } from '../engine/store/db.ts';
import { migrate } from '../engine/store/migrate.ts';

export interface DatabaseConfig {
  DATABASE_URL?: string | undefined;
  RECON_DATA_DIR: string;
}

export async function openDbFromConfig(config: DatabaseConfig): Promise<Db> {
  const db = config.DATABASE_URL ? await openPg(config.DATABASE_URL) : await openPglite(config.RECON_DATA_DIR);
  await migrate(db);
  return db;
}
