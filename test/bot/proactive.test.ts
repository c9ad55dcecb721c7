/**
 * The daily summary, sent proactively through a real CloudAdapter (continueConversationAsync)
 * to a local fake connector: delivered, retried, recorded, gone conversations deactivated; sent
 * once per day; and with two instances firing the schedule together, one summary per subscriber.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser } from '../../engine/service/users.ts';
import { findSubscription } from '../../engine/service/subscriptions.ts';
import { sendsOf } from '../../engine/service/summary.ts';
import { scheduleDailySummary } from '../../bot/summary/schedule.ts';
import { activity, NOW, post, replyText, startBot, type RunningBot } from './support/app.ts';
import { startConnector, type FakeConnector } from './support/connector.ts';
import { describeNeeding } from '../support/requires.ts';
import { openTestDb, type TestDb } from './support/db.ts';

async function subscribe(bot: RunningBot, conn: FakeConnector, from: string, conversation: string): Promise<void> {
  const res = await post(`${bot.url}/api/messages`, activity(conn.url, { text: '订阅日报', from, conversation }));
  expect(res.status).toBe(200);
  expect(replyText(conn.repliesTo(conversation).at(-1)!)).toContain('已订阅');
}

describe('daily summary through CloudAdapter', () => {
  let bot: RunningBot;
  let conn: FakeConnector;
  beforeAll(async () => {
    conn = await startConnector();
    bot = await startBot();
    await addUser(bot.db, { channelUserId: 'ops-staff', name: '周杰', role: 'staff' }, 'admin', NOW);
    await addUser(bot.db, { channelUserId: 'left-staff', name: '离职', role: 'staff' }, 'admin', NOW);
    await addUser(bot.db, { channelUserId: 'ops-admin', name: '系统管理员二', role: 'admin' }, 'admin', NOW);
  }, 240_000);
  afterAll(async () => {
    await bot.close();
    await conn.close();
  });

  it('sends every subscriber the card, retries failures, marks gone conversations inactive, records all', async () => {
    await subscribe(bot, conn, 'demo-staff', 'sub-staff');
    await subscribe(bot, conn, 'demo-approver', 'sub-approver');
    await subscribe(bot, conn, 'ops-staff', 'sub-gone');
    await subscribe(bot, conn, 'demo-admin', 'sub-failing');
    await subscribe(bot, conn, 'left-staff', 'sub-left');
    await subscribe(bot, conn, 'ops-admin', 'sub-admin');
    // The person left: their role is now customer, so no account data may reach them.
    await addUser(bot.db, { channelUserId: 'left-staff', name: '离职', role: 'customer' }, 'admin', NOW);
    conn.failFor.set('sub-gone', 404);
    conn.failFor.set('sub-failing', 500);
    conn.attempts.clear();

    const out = await bot.app.runSummary('schedule');
    expect(out).toEqual({ sent: 3, failed: 1, gone: 1, alreadySentToday: false });

    for (const conv of ['sub-staff', 'sub-approver']) {
      const last = conn.repliesTo(conv).at(-1)!;
      // The audit log's checkpoint is for admins only.
      expect(replyText(last)).not.toContain('审计日志检查点');
      const card = (last.attachments as Array<{ content: { actions: unknown[] } }>)[0]!.content;
      expect(replyText(last)).toContain('每日对账汇总（2026-11-26）');
      expect(replyText(last)).toContain('****1234');
      expect(card.actions).toEqual([{ type: 'Action.Submit', title: '查看对账情况', data: { action: 'status.show', v: 1 } }]);
    }
    // A proactive message answers nothing: posted to the conversation, not as a reply to a made-up id.
    const proactive = conn.received.filter((c) => replyText(c.activity).includes('每日对账汇总（'));
    expect(proactive.map((c) => [c.replyTo, c.activity.replyToId])).toEqual([[null, undefined], [null, undefined], [null, undefined]]);
    // An admin's summary also carries the day's checkpoint of the audit log's head.
    expect(replyText(conn.repliesTo('sub-admin').at(-1)!)).toMatch(/审计日志检查点：第 \d+ 条，哈希 [0-9a-f]{16}…，未签名（未设置 RECON_AUDIT_KEY）/);
    expect(conn.attempts.get('sub-gone')).toBe(1);
    // Three recorded attempts; the connector client itself retries each 5xx up to 3 more times.
    expect(conn.attempts.get('sub-failing')).toBeGreaterThanOrEqual(3);
    expect(conn.repliesTo('sub-left').map(replyText).filter((t) => t.includes('每日对账汇总（'))).toEqual([]);

    expect(await findSubscription(bot.db, 'emulator:sub-gone')).toMatchObject({ active: false });
    expect(await findSubscription(bot.db, 'emulator:sub-failing')).toMatchObject({ active: true });
    expect(await findSubscription(bot.db, 'emulator:sub-left')).toEqual({ active: false, reason: 'no longer staff' });
    const sends = await sendsOf(bot.db, '2026-11-26');
    expect(sends.map((s) => [s.conversation_key, s.outcome, s.attempts])).toEqual([
      ['emulator:sub-admin', 'sent', 1],
      ['emulator:sub-approver', 'sent', 1],
      ['emulator:sub-failing', 'failed', 3],
      ['emulator:sub-gone', 'gone', 1],
      ['emulator:sub-staff', 'sent', 1],
    ]);
    const metrics = await bot.app.metrics.registry.metrics();
    expect(metrics).toMatch(/recon_bot_summaries_sent_total 3/);
    expect(metrics).toMatch(/recon_bot_summaries_failed_total\{reason="failed"\} 1/);
  });

  it('does not send twice on the same day; an admin asking is told so', async () => {
    const before = conn.received.length;
    expect(await bot.app.runSummary('schedule')).toMatchObject({ alreadySentToday: true });
    const res = await post(`${bot.url}/api/messages`, activity(conn.url, { text: '立即发送日报', from: 'demo-admin', conversation: 'admin-now' }));
    expect(res.status).toBe(200);
    expect(replyText(conn.repliesTo('admin-now')[0]!)).toContain('已经发送过了');
    expect(conn.received.length).toBe(before + 1);
  });

  it('delivers to a Web Chat (Direct Line) subscriber through the in-process bridge', async () => {
    const t2 = await startBot({ db: bot.db, seed: false, instanceId: 'dl-instance' });
    try {
      await bot.db.query("DELETE FROM summary_sends WHERE day = '2026-11-26'");
      await bot.db.query("DELETE FROM summary_days WHERE day = '2026-11-26'");
      await bot.db.query('UPDATE bot_subscriptions SET active = false');
      const gen = JSON.parse((await post(`${t2.url}/v3/directline/tokens/generate`, { user: { id: 'demo-staff' } })).text) as { token: string; conversationId: string };
      const auth = { authorization: `Bearer ${gen.token}` };
      await post(`${t2.url}/v3/directline/conversations`, {}, auth);
      const base = `${t2.url}/v3/directline/conversations/${gen.conversationId}/activities`;
      await post(base, { type: 'message', text: '订阅日报' }, auth);
      expect(await t2.app.runSummary('manual')).toMatchObject({ sent: 1, failed: 0, gone: 0 });
      const page = (await (await fetch(base, { headers: auth })).json()) as { activities: Array<Record<string, unknown>> };
      expect(page.activities.map(replyText).join('\n')).toContain('每日对账汇总（2026-11-26）');
      // Web Chat waits up to 5 s for an activity a replyToId names: a proactive one names none.
      const summary = page.activities.find((a) => replyText(a).includes('每日对账汇总（'))!;
      expect(summary.replyToId).toBeUndefined();
    } finally {
      await t2.close();
    }
  });
});

describeNeeding('postgresql', 'two instances on PostgreSQL', () => {
  let t: TestDb;
  let conn: FakeConnector;
  let a: RunningBot;
  let b: RunningBot;
  beforeAll(async () => {
    t = await openTestDb('pg');
    conn = await startConnector();
    a = await startBot({ db: t.db, instanceId: 'instance-a' });
    b = await startBot({ db: await t.another(), seed: false, instanceId: 'instance-b' });
  }, 240_000);
  afterAll(async () => {
    await a.close();
    await b.close();
    await conn.close();
    await t.drop();
  });

  it('firing the schedule together sends one summary per subscriber', async () => {
    await subscribe(a, conn, 'demo-staff', 'pg-sub-1');
    await subscribe(b, conn, 'demo-approver', 'pg-sub-2');
    await subscribe(a, conn, 'demo-admin', 'pg-sub-3');
    const before = conn.received.length;
    // Both instances run the real node-cron schedule, every second, for a little over two seconds.
    const tasks = [a, b].map((bot) => scheduleDailySummary('* * * * * *', 'Asia/Shanghai', () => bot.app.runSummary('schedule'), bot.app.logger));
    await new Promise((r) => setTimeout(r, 2600));
    for (const task of tasks) await task.stop();
    await new Promise((r) => setTimeout(r, 500));
    const summaries = conn.received.slice(before).filter((c) => replyText(c.activity).includes('每日对账汇总（'));
    expect(summaries.map((c) => c.conversationId).sort()).toEqual(['pg-sub-1', 'pg-sub-2', 'pg-sub-3']);
    expect((await sendsOf(t.db, '2026-11-26')).filter((s) => s.outcome === 'sent')).toHaveLength(3);
  });

  it('both instances racing runSummary directly: one proceeds, the other is told it is done', async () => {
    await t.db.query('DELETE FROM summary_sends');
    await t.db.query('DELETE FROM summary_days');
    const before = conn.received.length;
    const results = await Promise.all([a.app.runSummary('schedule'), b.app.runSummary('schedule'), a.app.runSummary('manual'), b.app.runSummary('manual')]);
    expect(results.filter((r) => !r.alreadySentToday)).toHaveLength(1);
    expect(conn.received.length - before).toBe(3);
  });
});
