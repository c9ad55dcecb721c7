/**
 * The realistic shapes of a generated month (issue 17): the same lines in another file order,
 * with ASCII instead of Chinese text, and with recurring fees of equal amounts. A shape is made
 * from the generator's pair (ids ascending in date order), so every shape of one size holds the
 * same transactions, and the same report is expected from each order.
 *
 * - order `ascending`: as generated (ids ascend in file order, dates too);
 * - order `date`: still in date order, but the lines of each day shuffled, so ids do not ascend
 *   (a bank export sorted by date whose 流水号 are not in that order);
 * - order `shuffled`: any order at all (a journal exported unsorted).
 * Running balances are recomputed in the new order from the same opening, so they chain and the
 * opening and closing balances stay what they were.
 */
import { createWriteStream } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import { join } from 'node:path';
import { CANONICAL_HEADER, csvField, formatCents } from './csv-line.ts';
import { Prng } from './prng.ts';

export const ORDERS = ['ascending', 'date', 'shuffled'] as const;
export type Order = (typeof ORDERS)[number];
export const TEXTS = ['ascii', 'zh'] as const;
export type Text = (typeof TEXTS)[number];

export interface Shape {
  readonly bank: Order;
  readonly ledger: Order;
  readonly text: Text;
  /** Recurring fees of equal amounts added on both sides, about 1% of the lines. */
  readonly fees: boolean;
}

/** `date` or `date/shuffled` (bank/ledger) as a pair of orders. */
export function parseOrders(spec: string): { bank: Order; ledger: Order } {
  const [bank, ledger = bank] = spec.split('/');
  const known = (o: string | undefined): o is Order => (ORDERS as readonly string[]).includes(o ?? '');
  if (!known(bank) || !known(ledger)) throw new Error(`--order takes ${ORDERS.join('|')} or BANK/LEDGER, got ${spec}`);
  return { bank, ledger };
}

export const shapeName = (s: Shape): string => `${s.bank === s.ledger ? s.bank : `${s.bank}/${s.ledger}`} ${s.text}${s.fees ? ' +fees' : ''}`;

/** One data line of a generated file: its fields, quotes removed. */
interface Row {
  id: string;
  readonly date: string;
  readonly cents: bigint;
  readonly reference: string;
  counterparty: string;
  description: string;
}

/** Splits a canonical CSV line written by csv-line.ts (quoted fields doubled their quotes). */
function splitCsv(line: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i <= line.length) {
    if (line[i] === '"') {
      let value = '';
      let j = i + 1;
      for (;;) {
        const q = line.indexOf('"', j);
        if (line[q + 1] === '"') {
          value += line.slice(j, q + 1);
          j = q + 2;
        } else {
          value += line.slice(j, q);
          i = q + 2;
          break;
        }
      }
      out.push(value);
    } else {
      const comma = line.indexOf(',', i);
      const end = comma === -1 ? line.length : comma;
      out.push(line.slice(i, end));
      i = end + 1;
    }
  }
  return out;
}

function centsOf(text: string): bigint {
  const negative = text.startsWith('-');
  const [whole = '0', frac = ''] = (negative ? text.slice(1) : text).split('.');
  const abs = BigInt(whole) * 100n + BigInt(frac.padEnd(2, '0'));
  return negative ? -abs : abs;
}

/** The rows of a generated file and its opening balance (first balance minus first amount). */
async function readRows(file: string): Promise<{ rows: Row[]; opening: bigint }> {
  const lines = (await readFile(file, 'utf8')).split('\n').slice(1).filter((l) => l !== '');
  let opening = 0n;
  const rows = lines.map((line, i) => {
    const [id = '', date = '', amount = '0', , reference = '', counterparty = '', description = '', balance = '0'] = splitCsv(line);
    const cents = centsOf(amount);
    if (i === 0) opening = centsOf(balance) - cents;
    return { id, date, cents, reference, counterparty, description };
  });
  return { rows, opening };
}

/** ASCII stand-ins for the Chinese texts, one per distinct text, numbered in file order. */
class AsciiNames {
  private readonly names = new Map<string, string>();

  constructor(private readonly prefix: string) {}

  get(text: string): string {
    if (text === '' || /^[\x20-\x7e]*$/.test(text)) return text;
    let name = this.names.get(text);
    if (name === undefined) {
      name = `${this.prefix} ${String(this.names.size + 1).padStart(4, '0')} Co Ltd`;
      this.names.set(text, name);
    }
    return name;
  }
}

const FEE_AMOUNTS = [-200n, -500n, -1000n, -1500n];

/**
 * Recurring fees: on every day, the same few fee amounts again and again on both sides, with no
 * reference and no counterparty: each day's fees of one amount tie (amount_date pairs them as one
 * class against the other).
 */
function addFees(rows: Row[], side: 'B' | 'L', lines: number, idWidth: number): number {
  const days = [...new Set(rows.map((r) => r.date))].sort();
  const perDay = Math.max(1, Math.round(lines / 100 / days.length));
  let seq = lines;
  const out: Row[] = [];
  let at = 0;
  for (const date of days) {
    while (at < rows.length && rows[at]!.date === date) out.push(rows[at++]!);
    for (let k = 0; k < perDay; k++) {
      seq += 1;
      const cents = FEE_AMOUNTS[k % FEE_AMOUNTS.length]!;
      out.push({ id: `${side}${String(seq).padStart(idWidth, '0')}`, date, cents, reference: '', counterparty: '', description: side === 'B' ? '转账手续费' : '银行手续费' });
    }
  }
  rows.length = 0;
  for (const r of out) rows.push(r);
  return seq - lines;
}

/** Fisher-Yates over rows[from, to) with the shape's own seeded stream. */
function shuffleRange(rows: Row[], from: number, to: number, prng: Prng): void {
  for (let i = to - 1; i > from; i--) {
    const j = from + prng.int(0, i - from);
    [rows[i], rows[j]] = [rows[j]!, rows[i]!];
  }
}

function reorder(rows: Row[], order: Order, seed: number): void {
  const prng = new Prng(seed);
  if (order === 'shuffled') shuffleRange(rows, 0, rows.length, prng);
  if (order !== 'date') return;
  for (let from = 0; from < rows.length; ) {
    let to = from + 1;
    while (to < rows.length && rows[to]!.date === rows[from]!.date) to++;
    shuffleRange(rows, from, to, prng);
    from = to;
  }
}

/** Writes the rows with their running balances; returns the closing balance. */
async function writeRows(file: string, rows: readonly Row[], opening: bigint): Promise<bigint> {
  const stream = createWriteStream(file, { encoding: 'utf8' });
  let balance = opening;
  let chunk = `${CANONICAL_HEADER}\n`;
  for (const r of rows) {
    balance += r.cents;
    chunk += `${csvField(r.id)},${r.date},${formatCents(r.cents)},CNY,${csvField(r.reference)},${csvField(r.counterparty)},${csvField(r.description)},${formatCents(balance)}\n`;
    if (chunk.length > 1 << 20) {
      if (!stream.write(chunk)) await once(stream, 'drain');
      chunk = '';
    }
  }
  stream.end(chunk);
  await finished(stream);
  return balance;
}

/** What a shape added to the generated month (recurring fee lines per side). */
export interface ShapeExtra {
  readonly feeLines: number;
  /** The bank statement's closing balance with the fees. */
  readonly bankClosing: string;
}

/** Writes DIR/bank.csv and DIR/ledger.csv of `shape`, made from the generated pair. */
export async function reshapePair(
  source: { bankFile: string; ledgerFile: string },
  lines: number,
  shape: Shape,
  dir: string,
): Promise<{ bankFile: string; ledgerFile: string; extra: ShapeExtra }> {
  await mkdir(dir, { recursive: true });
  const idWidth = Math.max(7, String(lines).length);
  let feeLines = 0;
  let bankClosing = '';
  const out = { bankFile: join(dir, 'bank.csv'), ledgerFile: join(dir, 'ledger.csv') };
  // One mapping for both sides: a counterparty keeps matching the other side's after the change.
  const parties = new AsciiNames('Party');
  const texts = new AsciiNames('Text');
  for (const [side, file, order, seed] of [['B', source.bankFile, shape.bank, 17], ['L', source.ledgerFile, shape.ledger, 71]] as const) {
    const { rows, opening } = await readRows(file);
    if (shape.text === 'ascii') {
      for (const r of rows) {
        r.counterparty = parties.get(r.counterparty);
        r.description = texts.get(r.description);
      }
    }
    if (shape.fees) feeLines = addFees(rows, side, lines, idWidth);
    // Ids numbered in date order again (the fees came in between): `ascending` is then the
    // generator's shape, ids ascending with the dates, and every order holds the same ids.
    rows.forEach((r, i) => (r.id = `${side}${String(i + 1).padStart(idWidth, '0')}`));
    reorder(rows, order, seed);
    const closing = await writeRows(side === 'B' ? out.bankFile : out.ledgerFile, rows, opening);
    if (side === 'B') bankClosing = formatCents(closing);
  }
  return { ...out, extra: { feeLines, bankClosing } };
}
