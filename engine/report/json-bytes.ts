/**
 * The report's two long lists (a million matches, the differences) as UTF-8 bytes written
 * straight into 64 KB pages. An id, kind or amount of printable ASCII (nearly every one) is
 * copied a character a byte, the fixed parts of an item come from prebuilt bytes, and nothing is
 * built per item: no strings to concatenate, flatten and encode again on the way to the file.
 * Anything else is escaped by JSON.stringify and encoded, so the bytes are exactly those of the
 * string serialiser (serialise.ts); tests hold the two to that.
 */
import { Buffer } from 'node:buffer';

/** Bytes a page holds before it is handed out. */
const PAGE = 65_536;

const utf8 = (text: string): Uint8Array => Buffer.from(text, 'utf8');

export class BytePages {
  private page = Buffer.allocUnsafe(PAGE);
  private at = 0;

  /**
   * `reuse`: the page handed out by `take` is written over by the next one. Only for a consumer
   * that is done with each page before it asks for the next (a synchronous file write): a fresh
   * 64 KB page per take costs more than the bytes written into it.
   */
  constructor(private readonly reuse = false) {}

  /** True when the page is worth handing out (about 64 KB written). */
  get full(): boolean {
    return this.at >= PAGE - 512;
  }

  /** The bytes written since the last take, as a page of their own. */
  take(): Uint8Array {
    const out = this.page.subarray(0, this.at);
    if (!this.reuse) this.page = Buffer.allocUnsafe(PAGE);
    this.at = 0;
    return out;
  }

  /** Makes room for `n` more bytes: a full page is kept aside and a bigger one started. */
  private room(n: number): void {
    if (this.at + n <= this.page.length) return;
    const bigger = Buffer.allocUnsafe(Math.max(this.page.length * 2, this.at + n));
    this.page.copy(bigger, 0, 0, this.at);
    this.page = bigger;
  }

  /** Prebuilt bytes (see `bytes`). */
  raw(b: Uint8Array): void {
    this.room(b.length);
    const p = this.page;
    let at = this.at;
    for (let i = 0; i < b.length; i++) p[at++] = b[i]!;
    this.at = at;
  }

  /** A JSON string literal of `text`, the bytes of `JSON.stringify(text)`. */
  str(text: string): void {
    const n = text.length;
    this.room(n + 2);
    const p = this.page;
    let at = this.at;
    p[at++] = 0x22;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      // Control characters, quote, backslash and anything past ASCII take the escaping path.
      if (c < 0x20 || c > 0x7e || c === 0x22 || c === 0x5c) return this.escaped(text);
      p[at++] = c;
    }
    p[at++] = 0x22;
    this.at = at;
  }

  /**
   * `head` then `[bank],"ledger":[ledger],"difference":amount}` with the three strings quoted:
   * a one-to-one match, most of a million-line report, written in one go. Any string that is
   * not plain printable ASCII sends the whole item through `raw` and `str` instead.
   */
  pair(head: Uint8Array, bank: string, ledger: string, amount: string): void {
    this.room(head.length + bank.length + ledger.length + amount.length + PAIR_FIXED);
    const p = this.page;
    let at = this.at;
    for (let i = 0; i < head.length; i++) p[at++] = head[i]!;
    p[at++] = 0x5b; // [
    if ((at = plainQuoted(p, at, bank)) < 0) return this.slowPair(head, bank, ledger, amount);
    for (let i = 0; i < PAIR_LEDGER.length; i++) p[at++] = PAIR_LEDGER[i]!;
    if ((at = plainQuoted(p, at, ledger)) < 0) return this.slowPair(head, bank, ledger, amount);
    for (let i = 0; i < PAIR_DIFFERENCE.length; i++) p[at++] = PAIR_DIFFERENCE[i]!;
    if ((at = plainQuoted(p, at, amount)) < 0) return this.slowPair(head, bank, ledger, amount);
    p[at++] = 0x7d; // }
    this.at = at;
  }

  private slowPair(head: Uint8Array, bank: string, ledger: string, amount: string): void {
    this.raw(head);
    this.raw(OPEN);
    this.str(bank);
    this.raw(PAIR_LEDGER);
    this.str(ledger);
    this.raw(PAIR_DIFFERENCE);
    this.str(amount);
    this.raw(END_ITEM);
  }

  private escaped(text: string): void {
    this.raw(utf8(JSON.stringify(text)));
  }

  /** A JSON array of string literals. */
  strs(texts: readonly string[]): void {
    this.raw(OPEN);
    for (let i = 0; i < texts.length; i++) {
      if (i > 0) this.raw(COMMA);
      this.str(texts[i]!);
    }
    this.raw(CLOSE);
  }
}

/** Prebuilt bytes of a fixed piece of the report. */
export const bytes = (text: string): Uint8Array => utf8(text);

const OPEN = bytes('[');
const COMMA = bytes(',');
const CLOSE = bytes(']');
export const PAIR_LEDGER = bytes('],"ledger":[');
export const PAIR_DIFFERENCE = bytes('],"difference":');
export const END_ITEM = bytes('}');
/** Bytes of a pair item besides the head and the three strings. */
const PAIR_FIXED = 1 + PAIR_LEDGER.length + PAIR_DIFFERENCE.length + 1 + 6;

/**
 * Writes `"text"` at `at` when text is plain printable ASCII (no quote, no backslash) and
 * returns where it ends, else -1 (what was written is then written over).
 */
function plainQuoted(p: Uint8Array, at: number, text: string): number {
  p[at++] = 0x22;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 || c > 0x7e || c === 0x22 || c === 0x5c) return -1;
    p[at++] = c;
  }
  p[at++] = 0x22;
  return at;
}
