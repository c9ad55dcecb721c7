/**
 * Lines of both sides by normalised reference, built once for the reference and group passes.
 * A million-line statement has most references unique, so this is a hash table of its own over
 * typed arrays (open addressing on a string hash, lines chained by index) instead of a Map with
 * a million entries: no entry objects and no small arrays per reference, a lookup per line. A
 * reference held by one line hands out the line itself; arrays are made only for references
 * that several lines share.
 */
import type { Line } from '../lines/line.ts';

export type OneOrMany = Line | Line[];

/** 32-bit FNV-1a over UTF-16 code units, with a final avalanche so the low bits spread well. */
function hashOf(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h | 0;
}

/**
 * One side's lines per reference: a chain of line indexes per reference. Lines are added in
 * file order and each goes to the front of its chain (no `last` per key to keep), so a chain
 * runs backwards and `of` lists it from the end.
 */
class Chains {
  private readonly first: Int32Array;
  private readonly next: Int32Array;

  constructor(
    private readonly lines: readonly Line[],
    keys: number,
  ) {
    this.first = new Int32Array(keys).fill(-1);
    this.next = new Int32Array(lines.length);
  }

  /** True when no line of this side holds the reference yet. */
  isNew(key: number): boolean {
    return this.first[key] === -1;
  }

  add(key: number, line: number): void {
    this.next[line] = this.first[key]!;
    this.first[key] = line;
  }

  /** The line itself when the reference has one line here, else its lines in file order. */
  of(key: number): OneOrMany {
    const head = this.first[key]!;
    if (this.next[head] === -1) return this.lines[head]!;
    let n = 0;
    for (let at = head; at !== -1; at = this.next[at]!) n++;
    const out = new Array<Line>(n);
    for (let at = head; at !== -1; at = this.next[at]!) out[--n] = this.lines[at]!;
    return out;
  }
}

/** The references that both sides hold, each with its lines on either side. */
export class RefIndex {
  private readonly bank: Chains;
  private readonly ledger: Chains;
  /** Keys of the references the ledger side shares, in the order the ledger first uses them. */
  private readonly shared: Int32Array;
  private sharedCount = 0;

  constructor(bank: readonly Line[], ledger: readonly Line[]) {
    // Every reference is one of the bank side's: at most one key per bank line.
    let capacity = 16;
    while (capacity < bank.length * 2) capacity *= 2;
    const mask = capacity - 1;
    // Slot i is table[2i] (the key's hash) and table[2i + 1] (the key, -1 when empty): a probe
    // reads both from one cache line, and compares strings only when the hashes agree.
    const table = new Int32Array(capacity * 2).fill(-1);
    // Room for a key per bank line up front (a list grown key by key leaves copies behind).
    const keys = new Array<string>(bank.length);
    let keyCount = 0;
    this.bank = new Chains(bank, bank.length);
    this.ledger = new Chains(ledger, bank.length);
    this.shared = new Int32Array(Math.min(bank.length, ledger.length));
    /** The slot holding `ref`'s key, or the empty slot where it would go (linear probing). */
    const slotOf = (ref: string, h: number): number => {
      let at = h & mask;
      let key = table[2 * at + 1]!;
      while (key !== -1 && (table[2 * at] !== h || keys[key] !== ref)) {
        at = (at + 1) & mask;
        key = table[2 * at + 1]!;
      }
      return at;
    };
    for (let i = 0; i < bank.length; i++) {
      const l = bank[i]!;
      if (l.ref === '' || l.claimed) continue;
      const h = hashOf(l.ref);
      const at = slotOf(l.ref, h);
      let key = table[2 * at + 1]!;
      if (key === -1) {
        key = keyCount++;
        keys[key] = l.ref;
        table[2 * at] = h;
        table[2 * at + 1] = key;
      }
      this.bank.add(key, i);
    }
    for (let i = 0; i < ledger.length; i++) {
      const l = ledger[i]!;
      if (l.ref === '' || l.claimed) continue;
      const key = table[2 * slotOf(l.ref, hashOf(l.ref)) + 1]!;
      if (key === -1) continue; // not a bank reference
      if (this.ledger.isNew(key)) this.shared[this.sharedCount++] = key;
      this.ledger.add(key, i);
    }
  }

  /**
   * Calls `visit` for every reference both sides hold (in the ledger's order of first use) with
   * its bank and ledger lines: the line itself where a side has one, else the lines in file order.
   */
  forEachShared(visit: (bank: OneOrMany, ledger: OneOrMany) => void): void {
    for (let k = 0; k < this.sharedCount; k++) {
      const key = this.shared[k]!;
      visit(this.bank.of(key), this.ledger.of(key));
    }
  }
}

/** The index of the unclaimed lines that have a reference. */
export function buildRefIndex(bank: readonly Line[], ledger: readonly Line[]): RefIndex {
  return new RefIndex(bank, ledger);
}

export const asList = (x: OneOrMany): Line[] => (Array.isArray(x) ? x : [x]);
