/**
 * Pass 5, `duplicate`: an unmatched line that repeats another line of its own side — same
 * normalised reference (two empty references count as the same), same amount, same booking date,
 * and the same counterparty (stricter than the bare contract on purpose: two different payers
 * sending the same sum on the same day are not a double booking).
 * When one line of such a repeat group was matched, every unmatched one is a duplicate; when none
 * was, the lowest id stands as the original (it becomes a `*_only_*` difference) and the rest are
 * duplicates.
 */
import { BY_REFERENCE, byRank, FREE, type Line } from '../lines/line.ts';

/** The rest of the repeat key, within lines of one amount. */
const keyOf = (l: Line): string => `${l.ref}\u0000${l.tx.date}\u0000${l.cp}`;

/** The unclaimed lines of one side that are duplicates, in id order. */
export function findDuplicates(lines: readonly Line[]): Line[] {
  // Only amounts that still have an unclaimed line can hold a duplicate. A line the reference
  // pass took cannot be an original: its reference was unique on its side. Skip both cheaply.
  const openAmounts = new Set<number>();
  // Indexed loops: a for-of over a million lines allocated an iterator result a line here.
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.claimed === FREE) openAmounts.add(l.minor);
  }
  // Lines by amount first: most amounts have one line, which repeats nothing, and no key is built.
  const byAmount = new Map<number, Line | Line[]>();
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.claimed === BY_REFERENCE || !openAmounts.has(l.minor)) continue;
    const have = byAmount.get(l.minor);
    if (have === undefined) byAmount.set(l.minor, l);
    else if (Array.isArray(have)) have.push(l);
    else byAmount.set(l.minor, [have, l]);
  }
  const dups: Line[] = [];
  for (const same of byAmount.values()) {
    if (!Array.isArray(same)) continue;
    const groups = new Map<string, Line[]>();
    for (const l of same) {
      const key = keyOf(l);
      const g = groups.get(key);
      if (g) g.push(l);
      else groups.set(key, [l]);
    }
    for (const g of groups.values()) {
      if (g.length < 2) continue;
      const open = g.filter((l) => !l.claimed).sort(byRank);
      if (open.length === 0) continue;
      const anyMatched = open.length < g.length;
      dups.push(...(anyMatched ? open : open.slice(1)));
    }
  }
  return dups.sort(byRank);
}
