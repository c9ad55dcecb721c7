/**
 * Database faults injected for real, against a PostgreSQL cluster of the test's own (see
 * cluster.ts): the bot (`npm start`, a child process) has its sessions ended by
 * pg_terminate_backend in the middle of traffic over /api/messages, then the server is stopped
 * and started again. The process must survive, /healthz must say 503 with a reason while the
 * database is away, a turn must get the polite apology with a reference, and the bot must answer
 * again within seconds. A run whose session is ended mid-way leaves nothing half written.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { messages } from '../../engine/i18n/index.ts';
import { importStatements } from '../../engine/service/import.ts';
import { runReconciliation } from '../../engine/service/run.ts';
import type { Db } from '../../engine/store/db.ts';
import { openStore } from '../../engine/store/open.ts';
import { activity, post, replyText } from '../bot/support/app.ts';
import { startConnector, type FakeConnector } from '../bot/support/connector.ts';
import { ACCOUNT, AT, seed, statement, type LineSpec } from '../store/support/fixtures.ts';
import { describeNeeding } from '../support/requires.ts';
import { freePort, startCluster, type Cluster } from './cluster.ts';

const APOLOGY = messages('en').bot.error.split('{ref}')[0]!;
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

interface BotProcess {
  url: string;
  child: ChildProcess;
  output: () => string;
  exited: () => boolean;
}

async function startBotProcess(databaseUrl: string): Promise<BotProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'bot/index.ts'], {
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), HOST: '127.0.0.1', RECON_LANG: 'en', SUMMARY_ENABLED: 'false', LOG_LEVEL: 'warn',
      // the test's connector listens on a port of its own; the traffic test sends 120 turns from one person
      BOT_SERVICE_URL_ALLOWLIST: 'http://127.0.0.1:*', RATE_LIMIT_USER_PER_MINUTE: '100000', RATE_LIMIT_IP_PER_MINUTE: '100000' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let gone = false;
  child.stdout!.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (out += c.toString()));
  child.on('exit', () => (gone = true));
  for (let i = 0; i < 1200 && !out.includes('running at'); i++) {
    if (gone) throw new Error(`the bot ended at start:\n${out}`);
    await sleep(100);
  }
  if (!out.includes('running at')) throw new Error(`the bot did not start:\n${out}`);
  return { url: `http://127.0.0.1:${port}`, child, output: () => out, exited: () => gone };
}

async function healthz(url: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await fetch(`${url}/healthz`);
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

/** Ends every session the bot (application_name recon) holds on the cluster; returns how many. */
async function terminateBot(clusterUrl: string): Promise<number> {
  const admin = new pg.Client({ connectionString: clusterUrl, application_name: 'fault-injector' });
  await admin.connect();
  try {
    const res = await admin.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'recon' AND pid <> pg_backend_pid()");
    return res.rowCount ?? 0;
  } finally {
    await admin.end();
  }
}

describeNeeding('postgresql', 'the bot when its database goes away (a PostgreSQL cluster of its own)', () => {
  let cluster: Cluster;
  let conn: FakeConnector;
  let bot: BotProcess;

  beforeAll(async () => {
    cluster = await startCluster();
    conn = await startConnector();
    bot = await startBotProcess(cluster.url);
  }, 240_000);
  afterAll(async () => {
    bot?.child.kill('SIGTERM');
    await conn?.close();
    cluster?.destroy();
  });

  /** One question over /api/messages; the bot's reply text. */
  async function ask(text = 'account 0001 status'): Promise<string> {
    const a = activity(conn.url, { text, from: 'demo-staff-1', locale: 'en-US' });
    const id = (a.conversation as { id: string }).id;
    const res = await post(`${bot.url}/api/messages`, a);
    expect(res.status).toBeLessThan(500);
    return conn.repliesTo(id).map(replyText).join('\n');
  }

  /** Asks until the bot answers properly; the seconds that took. */
  async function answersAgain(limitMs: number): Promise<number> {
    const started = Date.now();
    for (;;) {
      const reply = await ask();
      if (reply.includes('Account ****0001')) return (Date.now() - started) / 1000;
      if (Date.now() - started > limitMs) throw new Error(`no proper answer within ${limitMs} ms; last reply: ${reply}\n${bot.output()}`);
      await sleep(200);
    }
  }

  it('answers before any fault', async () => {
    expect(await ask()).toContain('Account ****0001');
    expect((await healthz(bot.url)).status).toBe(200);
  }, 60_000);

  it('survives its sessions being ended in the middle of traffic, and answers again at once', async () => {
    let terminated = 0;
    const replies: string[] = [];
    const traffic = (async () => {
      for (let i = 0; i < 40; i++) replies.push(...(await Promise.all([ask(), ask(), ask()])));
    })();
    for (let i = 0; i < 8; i++) {
      await sleep(150);
      terminated += await terminateBot(cluster.url);
    }
    await traffic;
    expect(terminated).toBeGreaterThan(0);
    expect(bot.exited(), bot.output()).toBe(false);
    // Every reply is the answer or the apology with a reference, never silence or a stack trace.
    for (const r of replies) expect(r.includes('Account ****0001') || r.startsWith(APOLOGY), r).toBe(true);
    expect(await answersAgain(5000)).toBeLessThan(5);
    expect((await healthz(bot.url)).status).toBe(200);
    expect(bot.output()).not.toContain('Unhandled');
  }, 120_000);

  it('says 503 with a reason and apologises while the server is stopped, and recovers when it is back', async () => {
    cluster.stop();
    try {
      const health = await healthz(bot.url);
      expect(health.status).toBe(503);
      expect(health.body).toMatchObject({ status: 'unavailable', database: 'unreachable' });
      expect(typeof health.body.reason).toBe('string');
      const reply = await ask();
      expect(reply.startsWith(APOLOGY)).toBe(true);
      expect(reply).toMatch(/reference [0-9a-f]{8}/);
      expect(bot.exited(), bot.output()).toBe(false);
    } finally {
      cluster.start();
    }
    expect(await answersAgain(10_000)).toBeLessThan(10);
    expect((await healthz(bot.url)).status).toBe(200);
    expect(bot.exited()).toBe(false);
    expect(bot.output()).not.toContain('Unhandled');
  }, 120_000);
});

describeNeeding('postgresql', 'a run whose database session is ended mid-way (a PostgreSQL cluster of its own)', () => {
  let cluster: Cluster;
  let db: Db;
  const LINES = 20_000;
  const lines = (side: 'B' | 'V'): LineSpec[] =>
    Array.from({ length: LINES }, (_, i) => ({
      id: `${side}${i}`,
      date: `2026-10-${String((i % 28) + 1).padStart(2, '0')}`,
      amount: `${(i % 9973) + 1}.${String(i % 100).padStart(2, '0')}`,
      reference: side === 'V' && i % 10 === 0 ? `X${i}` : `R${i}`,
    }));
  const count = async (table: string): Promise<number> => Number((await db.query<{ n: string }>(`SELECT count(*)::text AS n FROM ${table}`)).rows[0]!.n);

  beforeAll(async () => {
    cluster = await startCluster();
    db = await openStore({ databaseUrl: cluster.url });
    await seed(db);
    for (const [side, s] of [['bank', 'B'], ['ledger', 'V']] as const) {
      await importStatements(db, { account: ACCOUNT, side, fileName: `${s}.csv`, sha256: (side === 'bank' ? '1' : '2').repeat(64), statements: [statement(ACCOUNT, lines(s))], actor: 'u-staff', at: AT });
    }
  }, 240_000);
  afterAll(async () => {
    await db?.close();
    cluster?.destroy();
  });

  it('leaves no run, match or difference behind, and the next run succeeds', async () => {
    const running = runReconciliation(db, { account: ACCOUNT, period: '2026-10', actor: 'u-staff', at: AT });
    const outcome = running.then(() => 'finished', (err: unknown) => err);
    // Wait until the run is inside its transaction, then end its session.
    let ended = 0;
    for (let i = 0; i < 400 && ended === 0; i++) {
      const admin = new pg.Client({ connectionString: cluster.url, application_name: 'fault-injector' });
      await admin.connect();
      const res = await admin.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'recon' AND xact_start IS NOT NULL AND state <> 'idle'");
      await admin.end();
      ended = res.rowCount ?? 0;
      if (ended === 0) await sleep(10);
    }
    expect(ended).toBeGreaterThan(0);
    const result = await outcome;
    expect(result).not.toBe('finished');
    expect([await count('runs'), await count('matches'), await count('differences')]).toEqual([0, 0, 0]);
    const run = await runReconciliation(db, { account: ACCOUNT, period: '2026-10', actor: 'u-staff', at: AT });
    expect(run.report.summary.bankCount).toBe(LINES);
    expect(await count('runs')).toBe(1);
  }, 180_000);
});
