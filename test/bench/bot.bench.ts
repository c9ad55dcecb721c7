/**
 * `npm run bench:bot`: 50 concurrent conversations asking for status through POST /api/messages
 * (Bot Framework activities; replies captured by a local connector), on PostgreSQL, against the
 * bot running in its own process (bot-server.ts). Prints p50/p95/p99 turn latency and turns per
 * second, next to a bare restify route in that same process hit the same way in the same run
 * (the floor: HTTP + JSON with no bot). Median over RUNS runs. Target: p95 ≤ 50 ms.
 *
 * Two load shapes, both printed:
 * - paced: each conversation is a person who asks, reads the answer, and asks again after a
 *   think time drawn uniformly from 0.5–1.5 × THINK_MS (default 1 s, so 50 people ask about 50
 *   questions a second between them); the turn latency a person sees. The target is read here.
 * - saturated: no think time, every conversation asks again the moment its answer arrives. This
 *   finds the most turns per second; its latency is queueing (≈ conversations ÷ turns per second).
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npm run bench:bot
 *   (BENCH_RUNS, BENCH_CONVERSATIONS, BENCH_TURNS, BENCH_THINK_MS override the defaults 3, 50, 20,
 *   1000; BENCH_SERVER_NODE_ARGS adds node flags to the server process, e.g. "--cpu-prof")
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { z } from 'zod';
import { startConnector } from '../bot/support/connector.ts';
import { median } from './measure.ts';
import { Prng } from './prng.ts';

const url = process.env.DATABASE_URL;
if (!url) {
  process.stderr.write('bench:bot needs DATABASE_URL (PostgreSQL), e.g. postgres://postgres@127.0.0.1:5432/test\n');
  process.exit(2);
}
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const CONVERSATIONS = Number(process.env.BENCH_CONVERSATIONS ?? 50);
const TURNS = Number(process.env.BENCH_TURNS ?? 20);
const THINK_MS = Number(process.env.BENCH_THINK_MS ?? 1000);
const QUESTIONS = ['今天对账情况', 'status', '账户 1234 状态', '有多少未处理差异'];

const ServerUrls = z.object({ bot: z.string(), bare: z.string() });

interface Stats { p50: number; p95: number; p99: number; perSecond: number }

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/**
 * CONVERSATIONS clients in parallel, each posting TURNS activities one after the other, waiting
 * `thinkMs` (0.5–1.5 ×, seeded) before each question when paced; paced conversations also start
 * spread over one think time, as people do not all press enter in the same millisecond.
 */
async function drive(target: string, serviceUrl: string, tag: string, thinkMs: number, check: (conv: string, turn: number) => void): Promise<Stats> {
  const latencies: number[] = [];
  const prng = new Prng(1);
  const think = (): number => (thinkMs * prng.int(500, 1500)) / 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONVERSATIONS }, async (_, c) => {
      const conv = `${tag}-${c}`;
      if (thinkMs > 0) await sleep(prng.int(0, thinkMs));
      for (let i = 0; i < TURNS; i++) {
        if (thinkMs > 0 && i > 0) await sleep(think());
        const body = JSON.stringify({
          type: 'message', id: `${conv}-${i}`, serviceUrl, channelId: 'emulator', locale: 'zh-CN',
          from: { id: c % 2 === 0 ? 'demo-staff' : 'demo-approver' }, recipient: { id: 'bot' },
          conversation: { id: conv }, text: QUESTIONS[(c + i) % QUESTIONS.length],
        });
        const t0 = performance.now();
        const res = await fetch(target, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
        await res.arrayBuffer();
        latencies.push(performance.now() - t0);
        if (res.status !== 200) throw new Error(`${target}: HTTP ${res.status}`);
        check(conv, i);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return { p50: percentile(latencies, 50), p95: percentile(latencies, 95), p99: percentile(latencies, 99), perSecond: latencies.length / seconds };
}

const schema = `benchbot_${randomBytes(4).toString('hex')}`;
// The bot (and the floor route) in a process of their own, as in production; this process only
// sends the questions and plays the channel's connector.
const serverArgs = (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean);
const server = spawn(process.execPath, [...serverArgs, '--import', 'tsx', fileURLToPath(new URL('./bot-server.ts', import.meta.url))], {
  env: { ...process.env, BENCH_SCHEMA: schema },
  stdio: ['pipe', 'pipe', 'inherit'],
});
const urls = await new Promise<{ bot: string; bare: string }>((resolve, reject) => {
  server.once('exit', (code) => reject(new Error(`bot-server exited with ${code}`)));
  createInterface({ input: server.stdout! }).once('line', (l) => resolve(ServerUrls.parse(JSON.parse(l))));
});
const conn = await startConnector();

const shapes = [
  { name: `paced, think ${THINK_MS} ms`, thinkMs: THINK_MS },
  { name: 'saturated, no think time', thinkMs: 0 },
] as const;
const results = shapes.map(() => ({ bot: [] as Stats[], bare: [] as Stats[] }));
// One warm-up run of each (JIT, connection pools), saturated, not counted.
for (let run = -1; run < RUNS; run++) {
  for (const [k, shape] of shapes.entries()) {
    if (run < 0 && k > 0) continue;
    const thinkMs = run < 0 ? 0 : shape.thinkMs;
    const tag = `r${run + 1}-${k}`;
    const floor = await drive(urls.bare, conn.url, `bare-${tag}`, thinkMs, () => undefined);
    const bot = await drive(urls.bot, conn.url, `bot-${tag}`, thinkMs, (conv, turn) => {
      if (conn.repliesTo(conv).length !== turn + 1) throw new Error(`conversation ${conv}: expected ${turn + 1} replies`);
    });
    if (run >= 0) {
      results[k]!.bot.push(bot);
      results[k]!.bare.push(floor);
    }
    conn.received.length = 0;
  }
}

const med = (xs: Stats[], k: keyof Stats): number => median(xs.map((x) => x[k]));
const fmt = (n: number): string => n.toFixed(1).padStart(9);
const line = (name: string, xs: Stats[]): string => `  ${name.padEnd(22)}${fmt(med(xs, 'p50'))}${fmt(med(xs, 'p95'))}${fmt(med(xs, 'p99'))}${fmt(med(xs, 'perSecond'))}`;
process.stdout.write(`bench:bot — ${CONVERSATIONS} concurrent conversations × ${TURNS} status questions, PostgreSQL, median of ${RUNS} runs\n`);
for (const [k, shape] of shapes.entries()) {
  process.stdout.write(`${shape.name.padEnd(24)}${'p50 ms'.padStart(9)}${'p95 ms'.padStart(9)}${'p99 ms'.padStart(9)}${'turns/s'.padStart(9)}\n`);
  process.stdout.write(`${line('bot /api/messages', results[k]!.bot)}\n${line('bare restify (floor)', results[k]!.bare)}\n`);
}
const p95 = med(results[0]!.bot, 'p95');
process.stdout.write(`paced p95 ${p95.toFixed(1)} ms (bot/floor ${(p95 / med(results[0]!.bare, 'p95')).toFixed(1)}×); target p95 ≤ 50 ms: ${p95 <= 50 ? 'met' : 'NOT met'}\n`);
process.stdout.write(`saturated: ${med(results[1]!.bot, 'perSecond').toFixed(0)} turns/s, p95 ${med(results[1]!.bot, 'p95').toFixed(1)} ms\n`);

await conn.close();
server.stdin!.end();
await new Promise((r) => server.once('exit', r));
const client = new pg.Client({ connectionString: url });
await client.connect();
await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
await client.end();
