/**
 * Keys of the audit log. A key is a secret of 32 characters or more (RECON_AUDIT_KEY); its id is
 * derived from it, so a row names the key it was hashed with without revealing it, and a wrong
 * key shows as a different id instead of as every row "tampered".
 */
import { createHash, createHmac } from 'node:crypto';
import type { AuditKey } from './db.ts';

export type { AuditKey };

/** The key for a secret: its id is the first 16 hex digits of a domain-separated sha256. */
export function auditKey(secret: string): AuditKey {
  return { id: createHash('sha256').update('recon-audit-key-id\n').update(secret).digest('hex').slice(0, 16), secret };
}

/** HMAC-SHA256 with the key, or plain sha256 without one, over the parts joined by newlines. */
export function digest(key: AuditKey | undefined, parts: readonly string[]): string {
  const h = key ? createHmac('sha256', key.secret) : createHash('sha256');
  parts.forEach((p, i) => {
    if (i > 0) h.update('\n');
    h.update(p);
  });
  return h.digest('hex');
}
