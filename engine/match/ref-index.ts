/**
 * Lines of both sides by normalised reference, built once for the reference and group passes.
 * A reference held by one line maps to the line itself (no array): most references are unique,
 * and a million-line statement should not cost a million small arrays.
 */
import type { Line } from './lines.ts';

export type OneOrMany = Line | Line[];

export interface RefIndex {
  readonly bank: ReadonlyMap<string, OneOrMany>;
  /** Only references that the bank side has too. */
  readonly ledger: ReadonlyMap<string, OneOrMany>;
}

function add(map: Map<string, OneOrMany>, l: Line): void {
  const have = map.get(l.ref);
  if (have === undefined) map.set(l.ref, l);
  else if (Array.isArray(have)) have.push(l);
  else map.set(l.ref, [have, l]);
}

export function buildRefIndex(bank: readonly Line[], ledger: readonly Line[]): RefIndex {
  const b = new Map<string, OneOrMany>();
  for (const l of bank) if (l.ref !== '' && !l.claimed) add(b, l);
  const g = new Map<string, OneOrMany>();
  for (const l of ledger) if (l.ref !== '' && !l.claimed && b.has(l.ref)) add(g, l);
  return { bank: b, ledger: g };
}

export const asList = (x: OneOrMany): Line[] => (Array.isArray(x) ? x : [x]);
