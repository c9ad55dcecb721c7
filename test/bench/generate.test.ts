/** The benchmark's statement generator: deterministic, exact amounts, balances that add up. */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { CANONICAL_HEADER } from './csv-line.ts';
import { generatePair, type GeneratedPair } from './generate.ts';

const LINES = 3000;
const dirs: string[] = [];

async function generate(seed: number): Promise<GeneratedPair> {
  const dir = await mkdtemp(join(tmpdir(), 'recon-gen-'));
  dirs.push(dir);
  return generatePair({ lines: LINES, seed, dir });
}

/** Decimal string -> integer cents, refusing anything that is not an exact two-decimal amount. */
function cents(value: string): bigint {
  const m = /^(-?)(\d+)\.(\d{2})$/.exec(value);
  if (!m) throw new Error(`not an exact decimal amount: ${value}`);
  const abs = BigInt(m[2] ?? '') * 100n + BigInt(m[3] ?? '');
  return m[1] === '-' ? -abs : abs;
}

function rows(text: string): string[][] {
  return parse(text, { relaxColumnCount: false }) as string[][];
}

afterAll(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

describe('generatePair', () => {
  it('writes the same bytes for the same seed and different bytes for another seed', async () => {
    const a = await generate(7);
    const b = await generate(7);
    const c = await generate(8);
    expect(await readFile(a.bankFile)).toEqual(await readFile(b.bankFile));
    expect(await readFile(a.ledgerFile)).toEqual(await readFile(b.ledgerFile));
    expect(await readFile(a.manifestFile, 'utf8')).toBe(await readFile(b.manifestFile, 'utf8'));
    expect(await readFile(a.bankFile)).not.toEqual(await readFile(c.bankFile));
  });

  it('writes exactly N canonical lines a side with exact amounts and a running balance that adds up', async () => {
    const pair = await generate(1);
    for (const [file, prefix, closing] of [
      [pair.bankFile, 'B', pair.manifest.bankClosing],
      [pair.ledgerFile, 'L', pair.manifest.ledgerClosing],
    ] as const) {
      const text = await readFile(file, 'utf8');
      expect(text.split('\n', 1)[0]).toBe(CANONICAL_HEADER);
      const [header, ...lines] = rows(text);
      expect(header?.join(',')).toBe(CANONICAL_HEADER);
      expect(lines).toHaveLength(LINES);
      let balance = cents(pair.manifest.opening);
      let lastDate = '';
      const ids = new Set<string>();
      for (const [id, date, amount, currency, , , , bal] of lines) {
        expect(id).toMatch(new RegExp(`^${prefix}\\d{7}$`));
        ids.add(id ?? '');
        expect(currency).toBe('CNY');
        expect(date).toMatch(/^2026-03-(0[1-9]|[12]\d|3[01])$/);
        expect((date ?? '') >= lastDate).toBe(true);
        lastDate = date ?? '';
        balance += cents(amount ?? '');
        expect(cents(bal ?? '')).toBe(balance);
      }
      expect(ids.size).toBe(LINES);
      expect(cents(closing)).toBe(balance);
    }
  });

  it('has the scenario mix of the issue, and batches and splits add up exactly', async () => {
    const pair = await generate(3);
    const units = pair.manifest.units;
    const total = Object.values(units).reduce((a, b) => a + b, 0);
    expect(units.reference / total).toBeGreaterThan(0.65);
    expect(units.reference / total).toBeLessThan(0.75);
    expect(units.amountDate / total).toBeGreaterThan(0.12);
    for (const kind of ['batch', 'split', 'fee', 'inTransit', 'bankOnly', 'duplicate'] as const) expect(units[kind]).toBeGreaterThan(0);

    const byRef = (file: string) =>
      readFile(file, 'utf8').then((t) => {
        const sums = new Map<string, bigint>();
        for (const r of rows(t).slice(1)) sums.set(r[4] ?? '', (sums.get(r[4] ?? '') ?? 0n) + cents(r[2] ?? ''));
        return sums;
      });
    const bank = await byRef(pair.bankFile);
    const ledger = await byRef(pair.ledgerFile);
    const groups = [...bank.keys()].filter((r) => r.startsWith('PAYROLL') || r.startsWith('RCV'));
    expect(groups.length).toBe(units.batch + units.split);
    for (const ref of groups) expect(ledger.get(ref)).toBe(bank.get(ref));
  });
});
