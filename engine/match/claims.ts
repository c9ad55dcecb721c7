/** The set of claimed lines and the links made so far: every pass records its matches here. */
import type { MatchRule } from '../model.ts';
import type { Line } from './lines.ts';

export type LinkRule = Exclude<MatchRule, 'manual'>;

export interface Link {
  readonly rule: LinkRule;
  readonly bank: readonly Line[];
  readonly ledger: readonly Line[];
}

export class Claims {
  readonly links: Link[] = [];

  /** Links lines of both sides; claiming a line twice is a broken invariant of the pipeline. */
  link(rule: LinkRule, bank: readonly Line[], ledger: readonly Line[]): void {
    for (const l of bank) claim(l);
    for (const l of ledger) claim(l);
    this.links.push({ rule, bank, ledger });
  }
}

function claim(line: Line): void {
  if (line.claimed) throw new Error(`line ${line.side} ${line.id} claimed twice`);
  line.claimed = true;
}

/** Lines of a list nobody has claimed yet. */
export function unclaimed(lines: readonly Line[]): Line[] {
  return lines.filter((l) => !l.claimed);
}

/** Groups lines by a string key, skipping lines whose key is ''. Insertion order is kept. */
export function groupBy(lines: readonly Line[], key: (l: Line) => string): Map<string, Line[]> {
  const map = new Map<string, Line[]>();
  for (const l of lines) {
    const k = key(l);
    if (k === '') continue;
    const list = map.get(k);
    if (list) list.push(l);
    else map.set(k, [l]);
  }
  return map;
}
