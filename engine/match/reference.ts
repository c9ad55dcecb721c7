/**
 * Pass 1, `reference`: a normalised reference that occurs exactly once on each side links the two
 * lines, whatever their amounts (a bank fee deducted from a transfer still links; the pipeline
 * then raises `amount_mismatch`). A reference used by several lines on either side is left to
 * the group pass.
 */
import type { Claims } from './claims.ts';
import type { RefEntry } from './ref-index.ts';

export function matchByReference(index: ReadonlyMap<string, RefEntry>, claims: Claims): void {
  for (const e of index.values()) {
    if (e.bank.length === 1 && e.ledger.length === 1) claims.link('reference', e.bank, e.ledger);
  }
}
