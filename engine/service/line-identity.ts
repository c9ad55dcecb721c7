/**
 * The identity of a statement line in the store. Where the file carries the bank's own transaction
 * id (流水号, MT940/camt references the reader exposes as `id`), that id is the key. Where the
 * reader had to make an id up from the line's position, position is no identity across
 * overlapping statements, so the key is a fingerprint of the normalised fields plus an occurrence
 * number: two genuinely identical lines on one statement are both kept (#1, #2), and the same line
 * in an overlapping statement, in another file or in the same one, maps to the same key again.
 */
import * as crypto from 'node:crypto';
import type { Statement, Transaction } from '../model.ts';
import { minorUnits } from '../money.ts';
import { minorPlain } from './minorText.ts';

/**
 * The reader made this id up from the line's position: the readers (engine/parse/statement.ts)
 * fall back to `L<line>` (CSV, MT940) or `E<entry>` (camt.053), `#2`, `#3` ... when taken.
 */
export function isPositionalId(tx: Transaction): boolean {
  // `^[LE](\d+)(?:#\d+)?$` with the digits written as the line number, checked character by
  // character: an import asks this of every line of a million-line file.
  const id = tx.id;
  const first = id.charCodeAt(0);
  if (first !== 76 && first !== 69) return false;
  const line = String(tx.line);
  if (!id.startsWith(line, 1) || !isDigit(line.charCodeAt(0))) return false;
  for (let i = 1; i < line.length; i++) if (!isDigit(line.charCodeAt(i))) return false;
  const rest = 1 + line.length;
  if (rest === id.length) return true;
  if (id.charCodeAt(rest) !== 35 || rest + 1 === id.length) return false;
  for (let i = rest + 1; i < id.length; i++) if (!isDigit(id.charCodeAt(i))) return false;
  return true;
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/**
 * sha256 as hex. The one-shot `crypto.hash` (Node >= 20.12) gives the same digest as
 * createHash().update().digest() at a fraction of the cost per call, which matters at a million
 * lines a file (bench:store); older Node falls back to createHash.
 */
const sha256Hex: (text: string) => string = typeof crypto.hash === 'function'
  ? (text) => crypto.hash('sha256', text, 'hex')
  : (text) => crypto.createHash('sha256').update(text).digest('hex');

/** Printable ASCII: NFKC leaves it as it is. */
const PLAIN_ASCII = /^[\x20-\x7e]*$/;

const norm = (s: string): string => (s === '' ? '' : (PLAIN_ASCII.test(s) ? s : s.normalize('NFKC')).trim().replace(/\s+/g, ' ').toLowerCase());

/** The amount as `Decimal.toString()` writes it, from the reader's minor units when it has them. */
const amountText = (tx: Transaction): string =>
  tx.amountMinor !== undefined ? minorPlain(tx.amountMinor, minorUnits(tx.currency)) : tx.amount.toString();

/** What must agree for the same id to be the same line: date, amount, currency, reference. */
export function contentHash(tx: Transaction): string {
  return sha256Hex([tx.date, amountText(tx), tx.currency, norm(tx.reference)].join('\u0001')).slice(0, 32);
}

function fingerprint(tx: Transaction): string {
  return sha256Hex([tx.date, tx.valueDate ?? '', amountText(tx), tx.currency, norm(tx.reference), norm(tx.bankReference),
    norm(tx.counterparty), norm(tx.description)].join('\u0001')).slice(0, 32);
}

export interface LineKey {
  readonly extId: string;
  readonly contentHash: string;
}

/** Keys for the lines of one file, in file order (occurrence numbers count within the file). */
export function lineKeys(lines: readonly Transaction[]): LineKey[] {
  return statementLineKeys([{ opening: null, closing: null, transactions: lines }]);
}

type KeyedStatement = Pick<Statement, 'opening' | 'closing' | 'transactions'>;

/**
 * Whether `next` carries straight on from `prev` (its opening is `prev`'s closing): the pages of one
 * statement (:62M: then :60M:), or consecutive days. Then a line repeated on both is a second line.
 */
function continues(prev: KeyedStatement, next: KeyedStatement): boolean {
  return prev.closing !== null && next.opening !== null && prev.closing.equals(next.opening);
}

/**
 * Keys for the lines of one file's statements, in file order. Occurrence numbers of made-up ids
 * count on through statements that carry straight on from the one before, and start again where a
 * statement does not (an intraday statement followed by the day's full statement, which lists the
 * same lines again): there a repeated line gets the key it had, as it would in a file of its own,
 * and is stored once.
 */
export function statementLineKeys(statements: readonly KeyedStatement[]): LineKey[] {
  let seen = new Map<string, number>();
  const keys: LineKey[] = [];
  statements.forEach((st, i) => {
    if (i > 0 && !continues(statements[i - 1]!, st)) seen = new Map();
    for (const tx of st.transactions) {
      const hash = contentHash(tx);
      if (!isPositionalId(tx)) {
        keys.push({ extId: tx.id, contentHash: hash });
        continue;
      }
      const fp = fingerprint(tx);
      const n = (seen.get(fp) ?? 0) + 1;
      seen.set(fp, n);
      keys.push({ extId: `fp:${fp}:${n}`, contentHash: hash });
    }
  });
  return keys;
}
