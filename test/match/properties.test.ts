/**
 * Properties of the pipeline on random statements: conservation, permutation invariance, exact
 * sums, and a balance statement that balances whenever the statements' balances are consistent.
 * Small value domains (a few amounts, days, references, counterparties) force collisions, ties,
 * duplicates and groups.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { reconcile } from '../../engine/reconcile.ts';
import { Decimal } from '../../engine/money.ts';
import type { ReconcileOptions, Statement } from '../../engine/model.ts';
import { toJsonReport } from '../../engine/report/json.ts';
import { stringifyJsonReport } from '../../engine/report/serialise.ts';
import { statement, type LineSpec } from './build.ts';

const lineArb = fc.record({
  cents: fc.constantFrom(-50000n, -1200n, -500n, -499n, -200n, 200n, 300n, 500n, 1234n, 50000n),
  day: fc.integer({ min: 1, max: 12 }),
  valueShift: fc.integer({ min: 0, max: 3 }),
  ref: fc.constantFrom('', '', 'R1', 'r1', 'R2', 'ＲＴ', 'P9'),
  cp: fc.constantFrom('', 'Acme', 'acme ', '甲公司'),
});
type Gen = { cents: bigint; day: number; valueShift: number; ref: string; cp: string };

const optionsArb: fc.Arbitrary<ReconcileOptions> = fc.record({
  dateWindowDays: fc.integer({ min: 0, max: 4 }),
  amountTolerance: fc.constantFrom(null, '0.00', '1.00', '3.50'),
  dateBasis: fc.constantFrom('booking' as const, 'value' as const),
});

const date = (d: number): string => `2026-03-${String(d).padStart(2, '0')}`;
const amount = (c: bigint): string => new Decimal(c.toString()).div(100).toFixed(2);

function specs(prefix: string, gens: Gen[]): LineSpec[] {
  return gens.map((g, i) => ({ id: `${prefix}${i + 1}`, date: date(g.day), valueDate: date(g.day + g.valueShift), amount: amount(g.cents), ref: g.ref, cp: g.cp }));
}

function sideStatement(prefix: string, gens: Gen[], opening: bigint): Statement {
  const total = gens.reduce((s, g) => s + g.cents, opening);
  return statement({ opening: amount(opening), closing: amount(total), lines: specs(prefix, gens) }, `${prefix}.csv`);
}

/** Deterministic shuffle (mulberry32) so a failing case replays. */
function shuffled<T>(xs: readonly T[], seed: number): T[] {
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

const withShuffledLines = (s: Statement, seed: number): Statement => ({ ...s, transactions: shuffled(s.transactions, seed) });

const sidesArb = fc.record({
  bank: fc.array(lineArb, { maxLength: 25 }),
  ledger: fc.array(lineArb, { maxLength: 25 }),
  options: optionsArb,
  openingBank: fc.constantFrom(0n, 100000n, -3300n),
  openingLedger: fc.constantFrom(0n, 100000n, -3300n),
  seed: fc.integer(),
});

describe('reconcile properties', () => {
  it('conservation: every input id appears in exactly one match or one unmatched difference', () => {
    fc.assert(
      fc.property(sidesArb, ({ bank, ledger, options }) => {
        const b = sideStatement('B', bank, 0n);
        const l = sideStatement('L', ledger, 0n);
        const report = toJsonReport(reconcile([b], [l], options));
        const seen: string[] = [];
        for (const m of report.matches) seen.push(...m.bank.map((i) => `bank:${i}`), ...m.ledger.map((i) => `ledger:${i}`));
        for (const d of report.differences) {
          if (d.kind === 'amount_mismatch') continue;
          expect(d.ids).toHaveLength(1);
          seen.push(`${d.side}:${d.ids[0]}`);
        }
        const inputs = [...b.transactions.map((t) => `bank:${t.id}`), ...l.transactions.map((t) => `ledger:${t.id}`)];
        expect([...seen].sort()).toEqual([...inputs].sort());
        expect(report.summary.matchedBank + report.differences.filter((d) => d.side === 'bank').length).toBe(bank.length);
      }),
      { numRuns: 300 },
    );
  });

  it('permutation invariance: shuffling either side gives byte-identical JSON', () => {
    fc.assert(
      fc.property(sidesArb, ({ bank, ledger, options, seed }) => {
        const b = sideStatement('B', bank, 0n);
        const l = sideStatement('L', ledger, 0n);
        const once = stringifyJsonReport(toJsonReport(reconcile([b], [l], options)));
        const again = stringifyJsonReport(toJsonReport(reconcile([withShuffledLines(b, seed)], [withShuffledLines(l, seed ^ 0x5bd1e995)], options)));
        expect(again).toBe(once);
      }),
      { numRuns: 300 },
    );
  });

  it('exact sums: a zero-difference match has equal sums, every other match raises one amount_mismatch of bank − ledger', () => {
    fc.assert(
      fc.property(sidesArb, ({ bank, ledger, options }) => {
        const r = reconcile([sideStatement('B', bank, 0n)], [sideStatement('L', ledger, 0n)], options);
        const mismatches = new Map(r.differences.filter((d) => d.kind === 'amount_mismatch').map((d) => [d.ids.join(','), d.amount]));
        for (const m of r.matches) {
          const bankSum = m.bank.reduce((s, t) => s.plus(t.amount), new Decimal(0));
          const ledgerSum = m.ledger.reduce((s, t) => s.plus(t.amount), new Decimal(0));
          expect(m.difference.equals(bankSum.minus(ledgerSum))).toBe(true);
          const key = [...m.bank, ...m.ledger].map((t) => t.id).join(',');
          if (m.difference.isZero()) expect(mismatches.has(key)).toBe(false);
          else expect(mismatches.get(key)?.equals(m.difference)).toBe(true);
          if (m.rule !== 'tolerance' && m.rule !== 'reference') expect(m.difference.isZero()).toBe(true);
        }
        expect(mismatches.size).toBe(r.matches.filter((m) => !m.difference.isZero()).length);
      }),
      { numRuns: 300 },
    );
  });

  it('balanced whenever both statements add up from the same opening, and off by exactly the openings gap otherwise', () => {
    fc.assert(
      fc.property(sidesArb, ({ bank, ledger, options, openingBank, openingLedger }) => {
        const r = reconcile([sideStatement('B', bank, openingBank)], [sideStatement('L', ledger, openingLedger)], options);
        expect(r.balance.balanced).toBe(openingBank === openingLedger);
        expect(r.balance.gap.equals(new Decimal((openingBank - openingLedger).toString()).div(100))).toBe(true);
        expect(r.statements.every((s) => s.addsUp === true)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
