/** AuditPort over the store's append-only, hash-chained audit log. */
import type { Db } from '../../engine/store/db.ts';
import { appendAudit } from '../../engine/store/audit.ts';
import type { AuditPort } from '../../dialogs/ports.ts';

export function auditPort(db: Db, now: () => Date): AuditPort {
  return {
    async record(entry) {
      await db.transaction((tx) =>
        appendAudit(tx, {
          actor: entry.actor || 'anonymous',
          source: 'manual',
          action: entry.action,
          entity: 'bot',
          entityId: String(entry.detail.request ?? entry.action),
          before: null,
          after: entry.detail,
          at: now(),
        }),
      );
    },
  };
}
