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

async function time(fn: () => Promise<unknown>): Promise<number> {
  const runs: number[] = [];
  for (let r = 0; r < 3; r++) {
    const t0 = process.hrtime.bigint();
    await fn();
    runs.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  runs.sort((a, b) => a - b);
  return runs[1] ?? 0;
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
const rss = process.memoryUsage().rss / 1024 / 1024;
console.log(`lines: ${lines}`);
console.log(`parseStatements: ${ours.toFixed(0)} ms (${((ours * 1e6) / lines).toFixed(0)} ns/line, ${Math.round(lines / (ours / 1000))} lines/s)`);
console.log(`split only:      ${floor.toFixed(0)} ms   ratio ours/split ${(ours / floor).toFixed(2)}`);
console.log(`csv-parse only:  ${lib.toFixed(0)} ms   ratio ours/csv-parse ${(ours / lib).toFixed(2)}`);
console.log(`rss now: ${rss.toFixed(0)} MB`);
rmSync(dir, { recursive: true, force: true });
