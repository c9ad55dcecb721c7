/** Opens the store the configuration names: PostgreSQL when DATABASE_URL is set, else PGlite. */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { auditKey } from '../engine/store/audit-key.ts';
import type { AuditContext, Db } from '../engine/store/db.ts';

export interface DatabaseConfig {
  DATABASE_URL?: string | undefined;
  RECON_DATA_DIR: string;
  RECON_AUDIT_KEY?: string | undefined;
  RECON_AUDIT_OLD_KEYS?: string[] | undefined;
}

/**
 * True when opening the store will create the embedded one: no DATABASE_URL, and its folder is
 * missing or empty. Expected on a first start; after a folder was deleted or moved it is not, so
 * `npm start` and `recon` say so (call it before opening: opening fills the folder).
 */
export function storeWillBeCreated(config: DatabaseConfig): boolean {
  const dir = config.RECON_DATA_DIR;
  return !config.DATABASE_URL && (!existsSync(dir) || (statSync(dir).isDirectory() && readdirSync(dir).length === 0));
}

/** The audit log's keys from the configuration: the current one new rows are hashed with, and the old ones. */
export function auditContextOf(config: DatabaseConfig): AuditContext {
  return {
    key: config.RECON_AUDIT_KEY ? auditKey(config.RECON_AUDIT_KEY) : undefined,
    oldKeys: (config.RECON_AUDIT_OLD_KEYS ?? []).map(auditKey),
  };
}

/**
 * Opens the store (migrations applied) from the environment's settings. The drivers (pg, PGlite)
 * are loaded here, on first use: commands that never touch the store (parse, reconcile, help) do
 * not pay for them.
 */
export async function openDbFromConfig(config: DatabaseConfig, onConnectionError?: (err: Error) => void): Promise<Db> {
  const { openStore } = await import('../engine/store/open.ts');
  return openStore({ databaseUrl: config.DATABASE_URL, dataDir: config.RECON_DATA_DIR, onConnectionError, audit: auditContextOf(config) });
}
