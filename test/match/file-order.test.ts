/**
 * Issue 17: the engine's result does not depend on line order. The same two files, 10,000 lines a
 * side (the bench's generated month with recurring equal fees, whose ties are where order could
 * leak in), with their lines in any order, give the same JSON report byte for byte: through the
 * canonical reader (whose duplicate check and id ranks depend on the order) and the engine.
 * The balance column is left out: a running balance belongs to one order of the lines.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reconcile } from '../../engine/reconcile.ts';
import { reconciliationJsonChunks, chunksText } from '../../engine/report/serialise.ts';
import { read } from '../parse/helpers.ts';
import { generatePair } from '../bench/generate.ts';
import { reshapePair } from '../bench/reshape.ts';

const LINES = 10_000;
const OPTIONS = { dateWindowDays: 3, amountTolerance: '1.00', dateBasis: 'booking' as const };

let dir = '';
let header = '';
const rows: { bank: string[]; ledger: string[] } = { bank: [], ledger: [] };

/** The file's header and data lines, without the balance column (always the last one). */
async function linesOf(file: string): Promise<[string, string[]]> {
  const all = (await readFile(file, 'utf8')).split('\n').filter((l) => l !== '');
  const noBalance = all.map((l) => l.slice(0, l.lastIndexOf(',')));
  return [noBalance[0]!, noBalance.slice(1)];
}

/** Fisher-Yates with a seeded mulberry32 stream, so a failing seed replays. */
function permute(xs: readonly string[], seed: number): string[] {
  let a = seed >>> 0;
  const rnd = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** Reverse, or a seeded permutation: orders of every kind, ascending ids included (seed null). */
type Order = { kind: 'same' } | { kind: 'reversed' } | { kind: 'shuffled'; seed: number };
const orderArb: fc.Arbitrary<Order> = fc.oneof(
  fc.constant({ kind: 'same' as const }),
  fc.constant({ kind: 'reversed' as const }),
  fc.integer().map((seed) => ({ kind: 'shuffled' as const, seed })),
);
const arrange = (xs: readonly string[], o: Order): string[] => (o.kind === 'same' ? [...xs] : o.kind === 'reversed' ? [...xs].reverse() : permute(xs, o.seed));

async function report(bankLines: readonly string[], ledgerLines: readonly string[]): Promise<string> {
  const bank = await read(`${header}\n${bankLines.join('\n')}\n`, { fileName: 'bank.csv' });
  const ledger = await read(`${header}\n${ledgerLines.join('\n')}\n`, { fileName: 'ledger.csv', side: 'ledger' });
  return chunksText(reconciliationJsonChunks(reconcile(bank, ledger, OPTIONS)));
}

describe('file order', () => {
  let expected = '';

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'recon-order-'));
    const pair = await generatePair({ lines: LINES, seed: 7, dir: join(dir, 'pair') });
    const shaped = await reshapePair(pair, LINES, { bank: 'ascending', ledger: 'ascending', text: 'zh', fees: true }, join(dir, 'fees'));
    [header, rows.bank] = await linesOf(shaped.bankFile);
    rows.ledger = (await linesOf(shaped.ledgerFile))[1];
    expected = await report(rows.bank, rows.ledger);
  }, 120_000);

  afterAll(async () => {
    if (dir !== '') await rm(dir, { recursive: true, force: true });
  });

  it('the same files in any order give the same report bytes (10,000 lines a side)', async () => {
    expect(expected).toContain('"amount_date"');
    await fc.assert(
      fc.asyncProperty(orderArb, orderArb, async (bankOrder, ledgerOrder) => {
        expect(await report(arrange(rows.bank, bankOrder), arrange(rows.ledger, ledgerOrder))).toBe(expected);
      }),
      { numRuns: 12 },
    );
  }, 300_000);
});
