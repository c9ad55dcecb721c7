/**
 * Each id's place in natural id order (`compareIds`), computed once per side so that every later
 * ordering (matches, differences, groups, ties) compares two integers instead of two strings,
 * whatever order the lines came in. Cost: when the ids are one prefix followed by a number (B0000017,
 * 2026030100001234, L9), the numbers are read once and sorted as a Float64Array (native sort, no
 * comparator); other ids are sorted once with `compareIds`.
 */
import { compareIds } from './id-order.ts';

/** Digits a number holds exactly (10^15 < 2^53). */
const EXACT_DIGITS = 15;

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** Length of the non-digit prefix of `id` when the rest is 1 to 15 digits, else -1. */
function numberStart(id: string): number {
  let s = id.length;
  while (s > 0 && isDigit(id.charCodeAt(s - 1))) s--;
  const digits = id.length - s;
  return digits === 0 || digits > EXACT_DIGITS ? -1 : s;
}

/**
 * The numbers of ids that are all `prefix + digits` with one prefix, or null. For two such ids
 * `compareIds` compares the digit runs by value, and by code units only when the values are equal
 * (B01 and B1): distinct values therefore order exactly as the ids do.
 */
function numbersOf(ids: readonly string[]): Float64Array | null {
  if (ids.length === 0) return null;
  const first = ids[0]!;
  const start = numberStart(first);
  if (start < 0) return null;
  const prefix = first.slice(0, start);
  const values = new Float64Array(ids.length);
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i]!;
    if (numberStart(id) !== start || !id.startsWith(prefix)) return null;
    let v = 0;
    for (let k = start; k < id.length; k++) v = v * 10 + (id.charCodeAt(k) - 48);
    values[i] = v;
  }
  return values;
}

/**
 * Ranks from distinct numbers (null when two are equal: then the ids decide, see `numbersOf`):
 * already ascending, close together (slots), or else one native sort of the numbers.
 */
function ranksOfNumbers(values: Float64Array): Int32Array | null {
  const ranks = new Int32Array(values.length);
  let ascending = true;
  for (let i = 1; i < values.length && ascending; i++) ascending = values[i]! > values[i - 1]!;
  if (ascending) {
    for (let i = 0; i < ranks.length; i++) ranks[i] = i;
    return ranks;
  }
  const dense = ranksOfDense(values);
  if (dense !== undefined) return dense;
  const sorted = values.slice().sort();
  for (let i = 1; i < sorted.length; i++) if (sorted[i] === sorted[i - 1]) return null;
  for (let i = 0; i < values.length; i++) ranks[i] = lowerBound(sorted, values[i]!);
  return ranks;
}

/**
 * Ranks of numbers that lie close together (a file's own numbering: 1..n with gaps), by placing
 * each in a slot of its own: no sort. Undefined when the numbers are spread too widely; null when
 * two are equal.
 */
function ranksOfDense(values: Float64Array): Int32Array | null | undefined {
  let min = Infinity;
  let max = -Infinity;
  // Indexed loops: a for-of here allocated an iterator result (and a boxed number) per value.
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (max - min >= 4 * values.length + 1024) return undefined;
  const slots = new Int32Array(max - min + 1).fill(-1);
  for (let i = 0; i < values.length; i++) {
    const slot = values[i]! - min;
    if (slots[slot] !== -1) return null;
    slots[slot] = i;
  }
  const ranks = new Int32Array(values.length);
  let r = 0;
  for (let s = 0; s < slots.length; s++) {
    const i = slots[s]!;
    if (i !== -1) ranks[i] = r++;
  }
  return ranks;
}

function lowerBound(sorted: Float64Array, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** One sort of the positions by `compareIds`; null when two ids are equal. */
function ranksBySort(ids: readonly string[]): Int32Array | null {
  const order = new Array<number>(ids.length);
  for (let i = 0; i < order.length; i++) order[i] = i;
  order.sort((a, b) => compareIds(ids[a]!, ids[b]!));
  const ranks = new Int32Array(ids.length);
  for (let r = 0; r < order.length; r++) {
    if (r > 0 && ids[order[r]!] === ids[order[r - 1]!]) return null;
    ranks[order[r]!] = r;
  }
  return ranks;
}

/**
 * `ranks[i]` = the place of `ids[i]` in `compareIds` order (0 first), or null when an id occurs
 * twice (the caller names it: see `firstRepeat`).
 */
export function idRanks(ids: readonly string[]): Int32Array | null {
  const values = numbersOf(ids);
  return (values && ranksOfNumbers(values)) ?? ranksBySort(ids);
}

/** Index of the first id that repeats an earlier one, or -1 (a hash set, one pass). */
export function firstRepeat(ids: readonly string[]): number {
  const seen = new Set<string>();
  for (let i = 0; i < ids.length; i++) {
    const before = seen.size;
    seen.add(ids[i]!);
    if (seen.size === before) return i;
  }
  return -1;
}

/**
 * Ranks a reader computed for a frozen list of lines (one statement's transactions), so that the
 * engine does not sort the same ids again. Keyed by the list itself: a copy or another list is
 * ranked anew.
 */
const remembered = new WeakMap<readonly unknown[], Int32Array>();

export function rememberRanks(lines: readonly unknown[], ranks: Int32Array): void {
  if (Object.isFrozen(lines) && ranks.length === lines.length) remembered.set(lines, ranks);
}

/** The ranks remembered for `lines`, or null. */
export function rememberedRanks(lines: readonly unknown[]): Int32Array | null {
  const ranks = remembered.get(lines);
  return ranks !== undefined && ranks.length === lines.length ? ranks : null;
}
