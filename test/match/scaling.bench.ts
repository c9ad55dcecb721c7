/**
 * Scaling of the pure pipeline (no file reading): `npx tsx test/match/scaling.bench.ts [100000,1000000] [runs]`
 *
 * Builds synthetic statements in memory (about 70% reference pairs, 15% amount+date pairs, batch
 * payrolls, fees, bank-only lines, items in transit, duplicates), then times `reconcile` plus the
 * streamed JSON report, reporting the median CPU time, wall time and heap growth per size and the
 * ratio between sizes (ten times the lines should cost at most eleven times the time). End-to-end
 * figures against PostgreSQL come from `npm run bench`.
 */
import { performance } from 'node:perf_hooks';
import { reconcile } from '../../engine/reconcile.ts';
import { Decimal } from '../../engine/money.ts';
import type { Statement, Transaction } from '../../engine/model.ts';
import { reconciliationJsonChunks } from '../../engine/report/serialise.ts';

const sizes = (process.argv[2] ?? '100000,1000000').split(',').map(Number);
const runs = Number(process.argv[3] ?? 3);

/** xorshift32: same statements on every run. */
function prng(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 4294967296;
  };
}

const COMPANIES = ['上海某某贸易有限公司', '深圳前海物流有限公司', '国网上海市电力公司', '杭州西溪电子商务有限公司', ''];

function tx(id: string, day: number, cents: number, reference: string, counterparty: string, line: number): Transaction {
  const date = `2026-03-${String(day).padStart(2, '0')}`;
  return { id, date, valueDate: null, amount: new Decimal(cents).div(100), currency: 'CNY', reference, bankReference: '', counterparty, description: '', balance: null, line };
}

function build(n: number): { bank: Statement; ledger: Statement } {
  const rnd = prng(n);
  const bank: Transaction[] = [];
  const ledger: Transaction[] = [];
  let unique = 1_000_000;
  const day = (): number => 1 + Math.floor(rnd() * 27);
  const sign = (): number => (rnd() < 0.5 ? -1 : 1);
  while (bank.length < n && ledger.length < n) {
    const r = rnd();
    const d = day();
    const cp = COMPANIES[Math.floor(rnd() * COMPANIES.length)]!;
    const b = (cents: number, ref: string, dd = d): void => void bank.push(tx(`B${bank.length + 1}`, dd, cents, ref, cp, bank.length + 2));
    const l = (cents: number, ref: string, dd = d): void => void ledger.push(tx(`L${ledger.length + 1}`, dd, cents, ref, cp, ledger.length + 2));
    if (r < 0.7) {
      const cents = sign() * Math.floor(rnd() * 10_000_000);
      b(cents, `TX${bank.length}`);
      l(cents, `tx${bank.length - 1}`, d + 1);
    } else if (r < 0.85) {
      const cents = sign() * (unique += 7);
      b(cents, '');
      l(cents, `INV${ledger.length}`, d + Math.floor(rnd() * 3));
    } else if (r < 0.87) {
      const parts = [300_000, 450_000, 512_345];
      b(-parts.reduce((s, x) => s + x, 0), `PAY${bank.length}`);
      for (const p of parts) l(-p, `PAY${bank.length - 1}`);
    } else if (r < 0.9) {
      const cents = -Math.floor(rnd() * 1_000_000);
      b(cents - 500, `FEE${bank.length}`);
      l(cents, `FEE${bank.length - 1}`);
    } else if (r < 0.95) {
      b(sign() * (unique += 7), '');
    } else if (r < 0.98) {
      l(sign() * (unique += 7), `CHQ${ledger.length}`, 28);
    } else {
      const cents = sign() * (unique += 7);
      b(cents, 'DUP');
      l(cents, 'DUP');
      l(cents, 'DUP');
    }
  }
  const st = (transactions: Transaction[], file: string): Statement => ({
    account: '6222000011112222',
    currency: 'CNY',
    opening: null,
    closing: null,
    openingDate: null,
    closingDate: null,
    addsUp: null,
    transactions,
    file,
  });
  return { bank: st(bank, 'bank'), ledger: st(ledger, 'ledger') };
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const results: { n: number; cpu: number; wall: number; heapMb: number }[] = [];
for (const n of sizes) {
  const { bank, ledger } = build(n);
  const cpu: number[] = [];
  const wall: number[] = [];
  let heapMb = 0;
  for (let i = 0; i < runs; i++) {
    const heap0 = process.memoryUsage().heapUsed;
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const r = reconcile([bank], [ledger], { dateWindowDays: 3, amountTolerance: null, dateBasis: 'booking' });
    let bytes = 0;
    for (const chunk of reconciliationJsonChunks(r)) bytes += chunk.length;
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
    heapMb = Math.max(heapMb, (process.memoryUsage().heapUsed - heap0) / 1e6);
    if (i === 0) process.stdout.write(`${n} lines a side: ${r.matches.length} matches, ${r.differences.length} differences, ${bytes} bytes of JSON, balanced ${r.balance.balanced}\n`);
  }
  results.push({ n, cpu: median(cpu), wall: median(wall), heapMb });
  process.stdout.write(`  median of ${runs}: cpu ${Math.round(median(cpu))} ms, wall ${Math.round(median(wall))} ms, heap growth ≤ ${Math.round(heapMb)} MB\n`);
}
for (let i = 1; i < results.length; i++) {
  const a = results[i - 1]!;
  const b = results[i]!;
  process.stdout.write(`${b.n / a.n}x lines: ${(b.cpu / a.cpu).toFixed(2)}x cpu time, ${(b.wall / a.wall).toFixed(2)}x wall time\n`);
}
