/**
 * Pass 1, `reference`: a normalised reference that occurs exactly once on each side links the two
 * lines, whatever their amounts (a bank fee deducted from a transfer still links; the pipeline
 * then raises `amount_mismatch`). A reference used by several lines on either side is left to
 * the group pass.
 */
import { groupBy, type Claims } from './claims.ts';
import type { Line } from './lines.ts';

export function matchByReference(bank: readonly Line[], ledger: readonly Line[], claims: Claims): void {
  const bankByRef = groupBy(bank, (l) => (l.claimed ? '' : l.ref));
  const ledgerByRef = groupBy(ledger, (l) => (l.claimed ? '' : l.ref));
  for (const [ref, b] of bankByRef) {
    if (b.length !== 1) continue;
    const l = ledgerByRef.get(ref);
    if (l === undefined || l.length !== 1) continue;
    claims.link('reference', b, l);
  }
}
