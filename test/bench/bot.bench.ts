/**
 * `npm run bench:bot`: 50 concurrent conversations asking for status through POST /api/messages
 * (Bot Framework activities; replies captured by a local connector), on PostgreSQL. Prints
 * p50/p95/p99 turn latency and turns per second, next to a bare restify route hit the same way in
 * the same run (the floor: HTTP + JSON with no bot). Median over RUNS runs. Target: p95 ≤ 50 ms.
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npm run bench:bot
 *   (BENCH_RUNS, BENCH_CONVERSATIONS, BENCH_TURNS override the defaults 5, 50, 20)
 */
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import restify from 'restify';
import { createBotApp } from '../../bot/app.ts';
import { parseBotConfig } from '../../bot/config.ts';
import { seedDemoIfEmpty } from '../bot/support/demo.ts';
import { createLogger } from '../../bot/logging.ts';
import { dayEndRunner } from '../../bot/ports/dayEnd.ts';
import { noFaq } from '../../bot/ports/faq.ts';
import { openDifferencesByKind } from '../../bot/ports/openDifferences.ts';
import { statusPort } from '../../bot/ports/status.ts';
import { openPg } from '../../engine/store/db.ts';
import { migrate } from '../../engine/store/migrate.ts';
import { startConnector } from '../bot/support/connector.ts';
import { median } from './measure.ts';

const url = process.env.DATABASE_URL;
if (!url) {
  process.stderr.write('bench:bot needs DATABASE_URL (PostgreSQL), e.g. postgres://postgres@127.0.0.1:5432/test\n');
  process.exit(2);
}
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const CONVERSATIONS = Number(process.env.BENCH_CONVERSATIONS ?? 50);
const TURNS = Number(process.env.BENCH_TURNS ?? 20);
const QUESTIONS = ['今天对账情况', 'status', '账户 1234 状态', '有多少未处理差异'];

interface Stats { p50: number; p95: number; p99: number; perSecond: number }

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** CONVERSATIONS clients in parallel, each posting TURNS activities one after the other. */
async function drive(target: string, serviceUrl: string, tag: string, check: (conv: string, turn: number) => void): Promise<Stats> {
  const latencies: number[] = [];
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONVERSATIONS }, async (_, c) => {
      const conv = `${tag}-${c}`;
      for (let i = 0; i < TURNS; i++) {
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
const db = await openPg(url, { schema, max: 20 });
await migrate(db);
const now = (): Date => new Date();
await seedDemoIfEmpty(db, now);
const parsed = parseBotConfig({ PORT: '0', LOG_LEVEL: 'silent', SUMMARY_ENABLED: 'false' });
if (!parsed.ok) throw new Error(parsed.message);
const config = parsed.config;
const logger = createLogger('silent');
const app = createBotApp({
  config, db, logger, version: 'bench', now,
  status: statusPort(db, now, config.SUMMARY_TIMEZONE), faq: noFaq,
  dayEnd: dayEndRunner(db, now, logger), openDifferences: openDifferencesByKind(db), processMetrics: false,
});
const botUrl = await app.listen(0, '127.0.0.1');
const conn = await startConnector();

// The floor: restify with the same body parser, a route that answers 200 at once.
const bare = restify.createServer();
bare.use(restify.plugins.bodyParser({ mapParams: false, maxBodySize: 512 * 1024 }));
bare.post('/api/messages', async (_req: restify.Request, res: restify.Response) => {
  res.send(200);
});
await new Promise<void>((r) => bare.listen(0, '127.0.0.1', () => r()));
const bareUrl = `http://127.0.0.1:${(bare.address() as AddressInfo).port}/api/messages`;

const botRuns: Stats[] = [];
const bareRuns: Stats[] = [];
// One warm-up run of each (JIT, connection pools), not counted.
for (let run = -1; run < RUNS; run++) {
  const tag = `r${run + 1}`;
  const floor = await drive(bareUrl, conn.url, `bare-${tag}`, () => undefined);
  const bot = await drive(`${botUrl}/api/messages`, conn.url, `bot-${tag}`, (conv, turn) => {
    if (conn.repliesTo(conv).length !== turn + 1) throw new Error(`conversation ${conv}: expected ${turn + 1} replies`);
  });
  if (run >= 0) {
    botRuns.push(bot);
    bareRuns.push(floor);
  }
  conn.received.length = 0;
}

const med = (xs: Stats[], k: keyof Stats): number => median(xs.map((x) => x[k]));
const fmt = (n: number): string => n.toFixed(1).padStart(8);
const line = (name: string, xs: Stats[]): string => `${name.padEnd(22)}${fmt(med(xs, 'p50'))}${fmt(med(xs, 'p95'))}${fmt(med(xs, 'p99'))}${fmt(med(xs, 'perSecond'))}`;
process.stdout.write(`bench:bot — ${CONVERSATIONS} concurrent conversations × ${TURNS} status questions, PostgreSQL, median of ${RUNS} runs\n`);
process.stdout.write(`${''.padEnd(22)}${'p50 ms'.padStart(8)}${'p95 ms'.padStart(8)}${'p99 ms'.padStart(8)}${'turns/s'.padStart(8)}\n`);
process.stdout.write(`${line('bot /api/messages', botRuns)}\n${line('bare restify (floor)', bareRuns)}\n`);
const p95 = med(botRuns, 'p95');
process.stdout.write(`p95 ratio bot/floor: ${(p95 / med(bareRuns, 'p95')).toFixed(1)}×; target p95 ≤ 50 ms: ${p95 <= 50 ? 'met' : 'NOT met'}\n`);

await app.close();
await new Promise<void>((r) => bare.close(() => r()));
await conn.close();
await db.close();
const client = new pg.Client({ connectionString: url });
await client.connect();
await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
await client.end();
