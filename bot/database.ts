/** Opens the store the configuration names: PostgreSQL when DATABASE_URL is set, else PGlite. */
import type { Db } from '../engine/store/db.ts';

export interface DatabaseConfig {
  DATABASE_URL?: string | undefined;
  RECON_DATA_DIR: string;
}

/**
 * Opens the store (migrations applied) from the environment's settings. The drivers (pg, PGlite)
 * are loaded here, on first use: commands that never touch the store (parse, reconcile, help) do
 * not pay for them.
 */
export async function openDbFromConfig(config: DatabaseConfig, onConnectionError?: (err: Error) => void): Promise<Db> {
  const { openStore } = await import('../engine/store/open.ts');
  return openStore({ databaseUrl: config.DATABASE_URL, dataDir: config.RECON_DATA_DIR, onConnectionError });
}
