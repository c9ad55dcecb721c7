/**
 * Deterministic generator of synthetic month-long statement pairs (bank statement and
 * bank-deposit journal of one CNY account) in canonical CSV, for the benchmarks.
 *
 *   npx tsx test/bench/generate.ts --lines 100000 --out DIR [--seed 1] [--month 2026-03]
 *
 * writes DIR/bank.csv, DIR/ledger.csv (exactly `lines` lines each, in date order, with a running
 * balance) and DIR/manifest.json (what was generated). Files are streamed day by day, so a
 * million lines never sit in memory as one string. Same seed, same bytes.
 */
import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { CANONICAL_HEADER, formatCents, formatLine } from './csv-line.ts';
import { GENERATOR_VERSION, type Manifest } from './manifest.ts';
import { Prng } from './prng.ts';
import { MAX_LINES_PER_UNIT, SCENARIO_KINDS, SCENARIO_WEIGHTS, ScenarioContext, scenario, type Draft, type ScenarioKind } from './scenarios.ts';

export interface GenerateOptions {
  /** Lines per side (both files get exactly this many). */
  readonly lines: number;
  readonly seed?: number;
  /** Output folder, created if missing. */
  readonly dir: string;
  /** Statement month, YYYY-MM. */
  readonly month?: string;
}

export type { Manifest };

export interface GeneratedPair {
  readonly bankFile: string;
  readonly ledgerFile: string;
  readonly manifestFile: string;
  readonly manifest: Manifest;
}

const CHUNK_LINES = 2000;

/** One side's file: drafts wait in per-day buckets (amount+date pairs land up to 3 days later). */
class SideWriter {
  count = 0;
  private seq = 0;
  private nextDay = 1;
  private balance: bigint;
  private readonly buckets = new Map<number, Draft[]>();
  private readonly stream: WriteStream;

  constructor(
    readonly file: string,
    private readonly idPrefix: string,
    private readonly idWidth: number,
    opening: bigint,
    private readonly dateOf: (day: number) => string,
  ) {
    this.balance = opening;
    this.stream = createWriteStream(file, { encoding: 'utf8' });
  }

  add(drafts: readonly Draft[]): void {
    for (const d of drafts) {
      if (d.day < this.nextDay) throw new Error(`draft for day ${d.day} after that day was written`);
      const bucket = this.buckets.get(d.day);
      if (bucket) bucket.push(d);
      else this.buckets.set(d.day, [d]);
      this.count += 1;
    }
  }

  async header(): Promise<void> {
    await this.write(`${CANONICAL_HEADER}\n`);
  }

  /** Writes every day before `day` in date order, numbering lines and carrying the balance. */
  async flushBefore(day: number): Promise<void> {
    for (; this.nextDay < day; this.nextDay += 1) {
      const drafts = this.buckets.get(this.nextDay) ?? [];
      this.buckets.delete(this.nextDay);
      const date = this.dateOf(this.nextDay);
      let chunk = '';
      for (let i = 0; i < drafts.length; i += 1) {
        const d = drafts[i];
        if (d === undefined) continue;
        this.seq += 1;
        this.balance += d.cents;
        chunk += formatLine({
          id: `${this.idPrefix}${String(this.seq).padStart(this.idWidth, '0')}`,
          date,
          cents: d.cents,
          currency: 'CNY',
          reference: d.reference,
          counterparty: d.counterparty,
          description: d.description,
          balanceCents: this.balance,
        });
        if ((i + 1) % CHUNK_LINES === 0) {
          await this.write(chunk);
          chunk = '';
        }
      }
      if (chunk !== '') await this.write(chunk);
    }
  }

  async close(): Promise<bigint> {
    this.stream.end();
    await finished(this.stream);
    return this.balance;
  }

  private async write(text: string): Promise<void> {
    if (!this.stream.write(text)) await once(this.stream, 'drain');
  }
}

function monthDays(month: string): { daysInMonth: number; dateOf: (day: number) => string; yymm: string } {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  if (!m?.[1] || !m[2] || Number(m[2]) < 1 || Number(m[2]) > 12) throw new Error(`month must be YYYY-MM, got ${month}`);
  const daysInMonth = new Date(Date.UTC(Number(m[1]), Number(m[2]), 0)).getUTCDate();
  return { daysInMonth, dateOf: (day) => `${month}-${String(day).padStart(2, '0')}`, yymm: `${m[1].slice(2)}${m[2]}` };
}

/**
 * Writes bank.csv, ledger.csv and manifest.json for one synthetic month into `dir`.
 * Scenario shares follow SCENARIO_WEIGHTS; when one side runs ahead, a single-sided line
 * (bank-only or in-transit) is added to the other so both end with exactly `lines` lines.
 */
export async function generatePair(options: GenerateOptions): Promise<GeneratedPair> {
  const { lines, seed = 1, month = '2026-03' } = options;
  if (!Number.isSafeInteger(lines) || lines < 1) throw new Error(`lines must be a positive integer, got ${lines}`);
  const dir = resolve(options.dir);
  await mkdir(dir, { recursive: true });
  const { daysInMonth, dateOf, yymm } = monthDays(month);
  const prng = new Prng(seed);
  const opening = 10_000_000_000n + BigInt(prng.int(0, 999_999_999));
  const ctx = new ScenarioContext(prng, daysInMonth, yymm, opening);
  const idWidth = Math.max(7, String(lines).length);
  const bank = new SideWriter(join(dir, 'bank.csv'), 'B', idWidth, opening, dateOf);
  const ledger = new SideWriter(join(dir, 'ledger.csv'), 'L', idWidth, opening, dateOf);
  await bank.header();
  await ledger.header();

  const units: Manifest['units'] = { reference: 0, amountDate: 0, batch: 0, split: 0, fee: 0, inTransit: 0, bankOnly: 0, duplicate: 0 };
  const none = () => ({ bank: 0, ledger: 0 });
  const linesByKind: Manifest['linesByKind'] = {
    reference: none(), amountDate: none(), batch: none(), split: none(), fee: none(), inTransit: none(), bankOnly: none(), duplicate: none(),
  };
  const weights = SCENARIO_KINDS.map((k) => SCENARIO_WEIGHTS[k]);
  let day = 1;
  const emit = async (kind: ScenarioKind): Promise<void> => {
    const progressDay = Math.min(daysInMonth, 1 + Math.floor((daysInMonth * Math.max(bank.count, ledger.count)) / lines));
    if (progressDay > day) {
      await bank.flushBefore(progressDay);
      await ledger.flushBefore(progressDay);
      day = progressDay;
    }
    const unit = scenario(kind, ctx, day);
    for (const d of unit.bank) ctx.note('bank', d.cents);
    if (kind !== 'inTransit') for (const d of unit.ledger) ctx.note('ledger', d.cents);
    bank.add(unit.bank);
    ledger.add(unit.ledger);
    units[kind] += 1;
    linesByKind[kind].bank += unit.bank.length;
    linesByKind[kind].ledger += unit.ledger.length;
  };

  const headroom = lines - MAX_LINES_PER_UNIT;
  while (bank.count < headroom && ledger.count < headroom) {
    const gap = bank.count - ledger.count;
    if (gap > MAX_LINES_PER_UNIT) await emit('inTransit');
    else if (gap < -MAX_LINES_PER_UNIT) await emit('bankOnly');
    else await emit(SCENARIO_KINDS[prng.weighted(weights)] ?? 'reference');
  }
  while (bank.count < lines) await emit('bankOnly');
  while (ledger.count < lines) await emit('inTransit');
  await bank.flushBefore(daysInMonth + 1);
  await ledger.flushBefore(daysInMonth + 1);
  const bankClosing = await bank.close();
  const ledgerClosing = await ledger.close();

  const manifest: Manifest = {
    generator: GENERATOR_VERSION,
    seed,
    lines,
    month,
    currency: 'CNY',
    opening: formatCents(opening),
    bankClosing: formatCents(bankClosing),
    ledgerClosing: formatCents(ledgerClosing),
    units,
    linesByKind,
  };
  const manifestFile = join(dir, 'manifest.json');
  await writeFile(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`);
  return { bankFile: bank.file, ledgerFile: ledger.file, manifestFile, manifest };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { lines: { type: 'string' }, out: { type: 'string' }, seed: { type: 'string', default: '1' }, month: { type: 'string', default: '2026-03' } },
  });
  if (values.lines === undefined || values.out === undefined) {
    process.stderr.write('usage: tsx test/bench/generate.ts --lines N --out DIR [--seed S] [--month YYYY-MM]\n');
    process.exitCode = 2;
    return;
  }
  const started = process.hrtime.bigint();
  const pair = await generatePair({ lines: Number(values.lines), seed: Number(values.seed), dir: values.out, month: values.month });
  const ms = Number((process.hrtime.bigint() - started) / 1_000_000n);
  process.stdout.write(`${pair.bankFile}\n${pair.ledgerFile}\n${JSON.stringify(pair.manifest.units)} (${ms} ms)\n`);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  await main();
}
