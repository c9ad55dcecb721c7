/**
 * botbuilder `Storage` over PostgreSQL (PGlite or a server, through the Db interface). Bot state
 * (conversation and user state, dialog stacks) survives restarts and is shared by every instance.
 */
import type { Storage, StoreItems } from 'botbuilder';
import type { Db } from '../../engine/store/db.ts';
import { deleteStates, readStates, writeState } from '../../engine/store/chat/state.ts';

export class PgStorage implements Storage {
  constructor(private readonly db: Db) {}

  /** Reads the items under `keys`; missing keys are absent from the result. */
  async read(keys: string[]): Promise<StoreItems> {
    if (!keys) throw new ReferenceError('Keys are required when reading.');
    const docs = await readStates(this.db, keys);
    const items: StoreItems = {};
    for (const d of docs) items[d.key] = { ...d.document, eTag: d.eTag };
    return items;
  }

  /** Writes each change with botbuilder's eTag rules; a stale eTag rejects with a conflict error. */
  async write(changes: StoreItems): Promise<void> {
    if (!changes) throw new ReferenceError('Changes are required when writing.');
    // Sorted keys: two writers of the same keys lock rows in the same order (no deadlock).
    for (const key of Object.keys(changes).sort()) {
      const item: Record<string, unknown> = { ...changes[key] };
      const eTag = typeof item.eTag === 'string' ? item.eTag : undefined;
      delete item.eTag;
      await writeState(this.db, key, item, eTag);
    }
  }

  /** Deletes the items under `keys`; unknown keys are fine. */
  async delete(keys: string[]): Promise<void> {
    if (!keys) throw new ReferenceError('Keys are required when deleting.');
    await deleteStates(this.db, keys);
  }
}
