/** Opens the store the configuration names: PostgreSQL when DATABASE_URL is set, else PGlite. */
import type { Db } from '../engine/store/db.ts';
import { openStore } from '../engine/store/open.ts';

export interface DatabaseConfig {
  DATABASE_URL?: string | undefined;
  RECON_DATA_DIR: string;
}

/** Opens the store (migrations applied) from the environment's settings. */
export async function openDbFromConfig(config: DatabaseConfig): Promise<Db> {
  return openStore({ databaseUrl: config.DATABASE_URL, dataDir: config.RECON_DATA_DIR });
}
