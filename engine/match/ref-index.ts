/** Lines of both sides by normalised reference, built once for the reference and group passes. */
import type { Line } from './lines.ts';

export interface RefEntry {
  readonly bank: Line[];
  readonly ledger: Line[];
}

/** Only references present on both sides matter to those passes; the rest are dropped. */
export function buildRefIndex(bank: readonly Line[], ledger: readonly Line[]): Map<string, RefEntry> {
  const index = new Map<string, RefEntry>();
  for (const l of bank) {
    if (l.ref === '' || l.claimed) continue;
    const e = index.get(l.ref);
    if (e) e.bank.push(l);
    else index.set(l.ref, { bank: [l], ledger: [] });
  }
  for (const l of ledger) {
    if (l.ref === '' || l.claimed) continue;
    index.get(l.ref)?.ledger.push(l);
  }
  for (const [ref, e] of index) if (e.ledger.length === 0) index.delete(ref);
  return index;
}
