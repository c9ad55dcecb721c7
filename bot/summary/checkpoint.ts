/**
 * The daily checkpoint of the audit log's head (issue 15, part 2): taken with the summary, after
 * day-end reconciliation, signed with RECON_AUDIT_KEY, appended to RECON_AUDIT_CHECKPOINT_FILE and
 * written to the log — two places outside the database that `recon audit verify` can hold it against.
 */
import { appendFile } from 'node:fs/promises';
import type { Logger } from 'pino';
import { takeCheckpoint, type Checkpoint } from '../../engine/service/audit.ts';
import type { Db } from '../../engine/store/db.ts';

/** Takes, keeps and returns the day's checkpoint (the summary shows it to admins: a third place). */
export function dailyCheckpoint(db: Db, file: string | undefined, logger: Logger, now: () => Date): () => Promise<Checkpoint> {
  return async () => {
    const checkpoint = await takeCheckpoint(db, now());
    // Appended (O_APPEND), never rewritten: the file may be append-only (chattr +a) or a log shipper's input.
    if (file) await appendFile(file, `${JSON.stringify(checkpoint)}\n`, { flag: 'a', mode: 0o600 });
    logger.info({ checkpoint }, 'audit log checkpoint');
    return checkpoint;
  };
}
