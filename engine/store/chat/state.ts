/**
 * Repository for the bot's state documents (table bot_state). The optimistic-concurrency rule is
 * botbuilder's: a write without an eTag or with '*' always wins; a write with an eTag wins only when
 * it equals the stored one (a missing key is written whatever the eTag). One statement per write,
 * so the check and the write cannot be separated by another writer.
 */
import { z } from 'zod';
import { EngineError } from '../../errors.ts';
import type { Db } from '../db.ts';
import { toJsonb } from './jsonb.ts';

const StateRowSchema = z.object({
  key: z.string(),
  document: z.record(z.string(), z.unknown()),
  e_tag: z.string(),
});

export interface StateDocument {
  key: string;
  document: Record<string, unknown>;
  eTag: string;
}

/** Reads the documents stored under `keys`; keys with no document are simply absent. */
export async function readStates(db: Db, keys: readonly string[]): Promise<StateDocument[]> {
  if (keys.length === 0) return [];
  const res = await db.query('SELECT key, document, e_tag FROM bot_state WHERE key = ANY($1::text[]) ORDER BY key', [keys]);
  return res.rows.map((r) => {
    const row = StateRowSchema.parse(r);
    return { key: row.key, document: row.document, eTag: row.e_tag };
  });
}

/**
 * Writes one document. `expectedETag` undefined or '*' overwrites; otherwise the stored eTag must
 * match, else EngineError STORE.STATE_CONFLICT. Returns the new eTag.
 */
export async function writeState(db: Db, key: string, document: Record<string, unknown>, expectedETag?: string): Promise<string> {
  const unconditional = expectedETag === undefined || expectedETag === '*';
  const res = await db.query(
    `INSERT INTO bot_state (key, document, e_tag) VALUES ($1, $2::jsonb, 1)
     ON CONFLICT (key) DO UPDATE SET document = EXCLUDED.document, e_tag = bot_state.e_tag + 1, updated_at = now()
       WHERE $3::boolean OR bot_state.e_tag::text = $4
     RETURNING e_tag`,
    [key, toJsonb(document), unconditional, expectedETag ?? ''],
  );
  const row = res.rows[0];
  if (!row) throw new EngineError('STORE.STATE_CONFLICT', `Storage: error writing "${key}" due to eTag conflict.`, { key });
  return z.object({ e_tag: z.string() }).parse(row).e_tag;
}

/** Deletes the documents under `keys`; unknown keys are ignored. */
export async function deleteStates(db: Db, keys: readonly string[]): Promise<void> {
  if (keys.length === 0) return;
  await db.query('DELETE FROM bot_state WHERE key = ANY($1::text[])', [keys]);
}
