/**
 * The bot over HTTP as a channel sees it: real Bot Framework activities posted to /api/messages
 * with a loopback serviceUrl, replies captured by a local connector. Includes bad input: every
 * case ends in a 4xx or a polite reply, never a crash or a stack trace, and the next request works.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activity, post, replyText, startBot, type RunningBot } from './support/app.ts';
import { startConnector, type FakeConnector } from './support/connector.ts';

let bot: RunningBot;
let conn: FakeConnector;

beforeAll(async () => {
  conn = await startConnector();
  bot = await startBot();
}, 240_000);
afterAll(async () => {
  await bot.close();
  await conn.close();
});

async function ask(text: string, from = 'demo-staff', extra: Record<string, unknown> = {}): Promise<{ status: number; replies: Array<Record<string, unknown>> }> {
  const a = { ...activity(conn.url, { text, from }), ...extra };
  const conversationId = (a.conversation as { id: string }).id;
  const res = await post(`${bot.url}/api/messages`, a);
  return { status: res.status, replies: conn.repliesTo(conversationId) };
}

/** The server still answers a normal question after whatever came before. */
async function stillServes(): Promise<void> {
  const r = await ask('你好');
  expect(r.status).toBe(200);
  expect(replyText(r.replies[0]!)).toContain('张敏');
}

describe('status in chat over /api/messages', () => {
  it('answers "今天对账情况" for staff with a card: accounts, differences by kind, verdict, due accounts', async () => {
    const r = await ask('今天对账情况');
    expect(r.status).toBe(200);
    expect(r.replies).toHaveLength(1);
    const card = (r.replies[0]!.attachments as Array<{ contentType: string }>)[0]!;
    expect(card.contentType).toBe('application/vnd.microsoft.card.adaptive');
    const text = replyText(r.replies[0]!);
    expect(text).toContain('华东贸易有限公司 基本户 ****1234');
    expect(text).toContain('企业已付、银行未付：1 笔，合计 -8,000.00');
    expect(text).toContain('金额不符：1 笔，合计 -5.00');
    expect(text).toContain('调节后余额相符');
    expect(text).toContain('到期未对账的账户：城西商贸有限公司 结算户 ****9012');
    expect(text).not.toContain('6222020200011234');
  });

  it('answers in English and for one account ("account 5678 status")', async () => {
    const r = await ask('account 5678 status');
    const text = replyText(r.replies[0]!);
    expect(text).toContain('Account ****5678');
    expect(text).toContain('Open differences');
    expect(text).not.toContain('1234');
  });

  it('shows full account numbers to an admin only', async () => {
    const r = await ask('账户 1234 状态', 'demo-admin');
    expect(replyText(r.replies[0]!)).toContain('6222020200011234');
  });

  it('recognises a Teams user by the Entra object id (aadObjectId), not the chat-specific id', async () => {
    const r = await ask('账户 1234 状态', '29:1a2b3c-teams-id', {
      channelId: 'msteams',
      from: { id: '29:1a2b3c-teams-id', name: '王芳', aadObjectId: 'demo-admin' },
    });
    expect(replyText(r.replies[0]!)).toContain('6222020200011234');
  });

  it('counts open differences for "有多少未处理差异"', async () => {
    const r = await ask('有多少未处理差异');
    expect(replyText(r.replies[0]!)).toMatch(/共 3 个账户，未处理差异 5 笔/);
  });

  it('refuses a customer politely and writes an audit entry', async () => {
    const r = await ask('今天对账情况', 'someone-unknown');
    expect(replyText(r.replies[0]!)).toContain('我不能为您查询账户余额、交易明细或对账结果');
    expect(JSON.stringify(r.replies)).not.toContain('****');
    const audit = await bot.db.query("SELECT actor, action FROM audit_log WHERE action = 'bot.refused' AND actor = 'someone-unknown'");
    expect(audit.rows).toHaveLength(1);
  });

  it('greets a customer without account data and offers FAQ help', async () => {
    const r = await ask('help', 'someone-unknown');
    expect(replyText(r.replies[0]!)).toContain('common questions');
  });
});

describe('bad input', () => {
  it('malformed JSON is a 400 and nothing breaks', async () => {
    const res = await post(`${bot.url}/api/messages`, '{"type": "message", "text": ');
    expect(res.status).toBe(400);
    expect(res.text).not.toMatch(/at .*\.(ts|js):\d+/);
    await stillServes();
  });

  it('an activity without conversation or serviceUrl is a 400 naming the fields', async () => {
    const res = await post(`${bot.url}/api/messages`, { type: 'message', text: 'hi' });
    expect(res.status).toBe(400);
    expect(res.text).toContain('serviceUrl');
    expect(res.text).toContain('conversation');
    await stillServes();
  });

  it('a body that is not an object is a 400', async () => {
    for (const body of ['[]', '"text"', '42', 'null']) expect((await post(`${bot.url}/api/messages`, body)).status).toBe(400);
    await stillServes();
  });

  it('an unknown activity type is accepted and ignored', async () => {
    const a = activity(conn.url, { type: 'somethingNew' });
    const res = await post(`${bot.url}/api/messages`, a);
    expect(res.status).toBe(200);
    expect(conn.repliesTo((a.conversation as { id: string }).id)).toHaveLength(0);
    await stillServes();
  });

  it('100 kB of text gets a polite "too long" reply', async () => {
    const r = await ask('对'.repeat(100_000));
    expect(r.status).toBe(200);
    expect(replyText(r.replies[0]!)).toContain('消息太长');
    await stillServes();
  });

  it('emoji, right-to-left and SQL-looking text get a polite answer and change nothing', async () => {
    const before = await bot.db.query('SELECT count(*)::int AS n FROM accounts');
    for (const text of ['🙂🙂 状态?', 'مرحبا كيف الحال', "'; DROP TABLE accounts; --", 'status\u0000\u202e']) {
      const r = await ask(text);
      expect(r.status).toBe(200);
      expect(r.replies.length).toBeGreaterThan(0);
      expect(replyText(r.replies[0]!)).not.toMatch(/Error|stack|at .*:\d+/);
    }
    const after = await bot.db.query('SELECT count(*)::int AS n FROM accounts');
    expect(after.rows).toEqual(before.rows);
    await stillServes();
  });

  it('a forged or stale card payload gets a polite reply', async () => {
    for (const value of [{ action: 'status.show', v: 0 }, { action: 'difference.approve', id: '1' }, 'x', [1, 2]]) {
      const a = activity(conn.url, { value });
      await post(`${bot.url}/api/messages`, a);
      expect(replyText(conn.repliesTo((a.conversation as { id: string }).id)[0]!)).toContain('卡片已过期');
    }
    await stillServes();
  });

  it('a current card button works', async () => {
    const a = activity(conn.url, { value: { action: 'status.show', v: 1, accountHint: '5678' } });
    await post(`${bot.url}/api/messages`, a);
    expect(replyText(conn.repliesTo((a.conversation as { id: string }).id)[0]!)).toContain('****5678');
  });

  it('refuses (403) a serviceUrl not on the allowlist in anonymous mode', async () => {
    const res = await post(`${bot.url}/api/messages`, activity('https://evil.example.com', { text: 'status' }));
    expect(res.status).toBe(403);
    const res2 = await post(`${bot.url}/api/messages`, activity('http://127.0.0.1.evil.example.com', { text: 'status' }));
    expect(res2.status).toBe(403);
    await stillServes();
  });
});

describe('operations', () => {
  it('GET /healthz reports the database and the version', async () => {
    const res = await fetch(`${bot.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', database: 'reachable', engine: 'pglite', version: 'test' });
  });

  it('GET /metrics has turns, latency, summaries and open differences in Prometheus format', async () => {
    const text = await (await fetch(`${bot.url}/metrics`)).text();
    expect(text).toMatch(/recon_bot_turns_total\{channel="emulator",outcome="ok"\} \d+/);
    expect(text).toContain('recon_bot_turn_duration_seconds_bucket');
    expect(text).toContain('recon_bot_summaries_sent_total');
    expect(text).toContain('recon_bot_summaries_failed_total');
    expect(text).toMatch(/recon_open_differences\{kind="ledger_only_debit"\} 1/);
  });

  it('logs carry request and conversation ids and never a full account number', async () => {
    await ask('账户 6222020200011234 状态', 'demo-admin');
    const turnLines = bot.logs.map((l) => JSON.parse(l) as Record<string, unknown>).filter((l) => l.msg === 'turn');
    expect(turnLines.length).toBeGreaterThan(5);
    for (const l of turnLines) {
      expect(typeof l.req).toBe('string');
      expect(typeof l.conv).toBe('string');
    }
    expect(bot.logs.join('\n')).not.toContain('6222020200011234');
  });
});
