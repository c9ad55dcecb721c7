/**
 * Pass 1, `reference`: a normalised reference that occurs exactly once on each side links the two
 * lines, whatever their amounts (a bank fee deducted from a transfer still links; the pipeline
 * then raises `amount_mismatch`). A reference used by several lines on either side is left to
 * the group pass.
 */
import type { Claims } from './claims.ts';
import type { RefIndex } from './ref-index.ts';

export function matchByReference(index: RefIndex, claims: Claims): void {
  for (const [ref, l] of index.ledger) {
    if (Array.isArray(l)) continue;
    const b = index.bank.get(ref);
    if (b !== undefined && !Array.isArray(b)) claims.pair('reference', b, l);
  }
}
