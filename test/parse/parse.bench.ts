/**
 * Reader throughput on canonical CSV (run: `npx tsx test/parse/parse.bench.ts [lines]`).
 * Writes a synthetic file to a temp dir, then reads it end to end through openInput +
 * parseStatements, against two baselines in the same run: splitting the decoded text into lines
 * only (the floor), and csv-parse's streaming parser (a common library choice). Median of 3.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createReadStream } from 'node:fs';
import { parse as csvParse } from 'csv-parse';
import { openInput } from '../../engine/cli/input.ts';
import { parseStatements } from '../../engine/parse/index.ts';

const lines = Number(process.argv[2] ?? 1_000_000);
const dir = mkdtempSync(join(tmpdir(), 'parse-bench-'));
const file = join(dir, 'bank.csv');

function cents2(c: number): string {
  const a = Math.abs(c);
  return `${c < 0 ? '-' : ''}${Math.floor(a / 100)}.${String(a % 100).padStart(2, '0')}`;
}

function generate(): void {
  const rows = ['id,date,amount,currency,reference,counterparty,description,balance'];
  let balance = 100_000_000;
  for (let i = 0; i < lines; i++) {
    const cents = ((i * 7919) % 9_999_999) - 4_000_000;
    const amount = `${cents < 0 ? '-' : ''}${Math.floor(Math.abs(cents) / 100)}.${String(Math.abs(cents) % 100).padStart(2, '0')}`;
    const day = String(Math.floor((i * 28) / lines) + 1).padStart(2, '0');
    balance += cents;
    rows.push(`B${i},2026-03-${day},${amount},CNY,REF${i % 50_000},上海某某贸易有限公司${i % 300},货款 ${i},${cents2(balance)}`);
  }
  writeFileSync(file, `${rows.join('\n')}\n`);
}

/** Median wall time and median CPU time (user + system, all threads) of 3 runs, in ms. */
async function time(fn: () => Promise<unknown>): Promise<{ wall: number; cpu: number }> {
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let r = 0; r < 3; r++) {
    const c0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    await fn();
    walls.push(Number(process.hrtime.bigint() - t0) / 1e6);
    const c = process.cpuUsage(c0);
    cpus.push((c.user + c.system) / 1000);
  }
  walls.sort((a, b) => a - b);
  cpus.sort((a, b) => a - b);
  return { wall: walls[1] ?? 0, cpu: cpus[1] ?? 0 };
}

async function splitOnly(): Promise<number> {
  const decoder = new TextDecoder();
  let rest = '';
  let n = 0;
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) {
    if (!(chunk instanceof Uint8Array)) continue;
    const s = rest + decoder.decode(chunk, { stream: true });
    let start = 0;
    for (let nl = s.indexOf('\n'); nl !== -1; nl = s.indexOf('\n', start)) {
      n += s.slice(start, nl).length > 0 ? 1 : 0;
      start = nl + 1;
    }
    rest = s.slice(start);
  }
  return n;
}

async function withCsvParse(): Promise<number> {
  let n = 0;
  for await (const record of createReadStream(file, { highWaterMark: 1 << 20 }).pipe(csvParse({ from_line: 2 }))) {
    if (Array.isArray(record)) n++;
  }
  return n;
}

generate();
const ours = await time(async () => {
  const st = await parseStatements(openInput(file), { fileName: file, format: 'auto', side: 'bank' });
  if (st[0]?.transactions.length !== lines || st[0].addsUp !== true) throw new Error('wrong result');
});
const floor = await time(splitOnly);
const lib = await time(withCsvParse);
const peakRss = process.resourceUsage().maxRSS / 1024;
console.log(`lines: ${lines} (canonical CSV with a balance column)`);
const row = (name: string, t: { wall: number; cpu: number }) =>
  console.log(`${name.padEnd(16)} wall ${t.wall.toFixed(0).padStart(6)} ms (${((t.wall * 1e6) / lines).toFixed(0)} ns/line)  cpu ${t.cpu.toFixed(0).padStart(6)} ms (${((t.cpu * 1e6) / lines).toFixed(0)} ns/line)`);
row('parseStatements', ours);
row('split only', floor);
row('csv-parse only', lib);
console.log(`ratio parseStatements / csv-parse: wall ${(ours.wall / lib.wall).toFixed(2)}, cpu ${(ours.cpu / lib.cpu).toFixed(2)}`);
console.log(`peak RSS of the whole run: ${peakRss.toFixed(0)} MB`);
rmSync(dir, { recursive: true, force: true });
