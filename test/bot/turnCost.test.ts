/**
 * What a status turn reads and writes, and that the shortcuts taken for speed never show stale
 * data: the status is computed once per audit-log version (a change shows on the next question),
 * a conversation reference is rewritten at most once a minute unless it changed, and a person's
 * role is read once per turn (a role granted shows on the next message).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { statusPort } from '../../bot/ports/status.ts';
import { addAccount } from '../../engine/service/accounts.ts';
import { addUser } from '../../engine/service/users.ts';
import type { Db } from '../../engine/store/db.ts';
import { activity, NOW, post, replyText, startBot, type RunningBot } from './support/app.ts';
import { startConnector, type FakeConnector } from './support/connector.ts';
import { seedDemoIfEmpty } from './support/demo.ts';
import { openTestDb, type TestDb } from './support/db.ts';

/** The same database, counting the statements sent through it. */
function counting(db: Db): { db: Db; count: () => number } {
  let n = 0;
  const wrap = (d: Db): Db => ({
    engine: d.engine,
    query: (sql, params) => (n++, d.query(sql, params)),
    exec: (sql) => (n++, d.exec(sql)),
    transaction: (fn) => d.transaction((tx) => fn(wrap(tx))),
    close: () => d.close(),
  });
  return { db: wrap(db), count: () => n };
}

describe('status across accounts, cached per audit-log version', () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await openTestDb('pglite');
    await seedDemoIfEmpty(t.db, () => NOW);
  }, 240_000);
  afterAll(() => t.drop());

  it('answers a repeated question with one read, and shows a new account on the next question', async () => {
    const c = counting(t.db);
    const port = statusPort(c.db, () => NOW, 'Asia/Shanghai');
    const first = await port.status({});
    const afterFirst = c.count();
    expect(afterFirst).toBeGreaterThan(3);
    const second = await port.status({});
    expect(c.count() - afterFirst).toBe(1);
    expect(second).toEqual(first);

    await addAccount(t.db, { number: '6222000099998888', name: '新开户 测试', currency: 'CNY' }, 'demo-admin', NOW);
    const third = await port.status({});
    expect(third.accounts.map((a) => a.account)).toContain('6222000099998888');
    expect(third.accounts).toHaveLength(first.accounts.length + 1);
    expect(c.count() - afterFirst).toBeGreaterThan(2);
  });

  it('recomputes when the day changes (ages and due periods move with the date)', async () => {
    const c = counting(t.db);
    let at = NOW;
    const port = statusPort(c.db, () => at, 'Asia/Shanghai');
    const today = await port.status({});
    const before = c.count();
    at = new Date(NOW.getTime() + 86_400_000);
    const tomorrow = await port.status({});
    expect(c.count() - before).toBeGreaterThan(1);
    expect(tomorrow.asOf).not.toBe(today.asOf);
  });
});

describe('a status turn over HTTP', () => {
  let bot: RunningBot;
  let conn: FakeConnector;
  let other: FakeConnector;
  let clock = NOW;

  beforeAll(async () => {
    conn = await startConnector();
    other = await startConnector();
    bot = await startBot({ now: () => clock });
  }, 240_000);
  afterAll(async () => {
    await bot.close();
    await conn.close();
    await other.close();
  });

  async function lastSeen(conversation: string): Promise<{ at: string; serviceUrl: string }> {
    const r = await bot.db.query<{ at: Date; reference: { serviceUrl: string } }>(
      "SELECT last_seen AS at, reference FROM bot_user_conversations WHERE conversation_key LIKE '%' || $1", [conversation]);
    expect(r.rows).toHaveLength(1);
    return { at: r.rows[0]!.at.toISOString(), serviceUrl: r.rows[0]!.reference.serviceUrl };
  }

  it('refreshes the conversation reference when it changed or a minute passed, not on every message', async () => {
    const send = async (serviceUrl: string, text: string): Promise<void> => {
      const res = await post(`${bot.url}/api/messages`, activity(serviceUrl, { text, conversation: 'ref-conv', from: 'demo-staff' }));
      expect(res.status).toBe(200);
    };
    clock = NOW;
    await send(conn.url, '今天对账情况');
    expect(await lastSeen('ref-conv')).toEqual({ at: NOW.toISOString(), serviceUrl: conn.url });

    clock = new Date(NOW.getTime() + 30_000);
    await send(conn.url, '有多少未处理差异');
    expect((await lastSeen('ref-conv')).at).toBe(NOW.toISOString());

    // The channel moved the conversation to another service URL: written at once.
    clock = new Date(NOW.getTime() + 40_000);
    await send(other.url, '账户 1234 状态');
    expect(await lastSeen('ref-conv')).toEqual({ at: clock.toISOString(), serviceUrl: other.url });

    clock = new Date(NOW.getTime() + 101_000);
    await send(other.url, '你好');
    expect((await lastSeen('ref-conv')).at).toBe(clock.toISOString());
    expect(other.repliesTo('ref-conv')).toHaveLength(2);

    // A message in the other language changes the language proactive messages are sent in: written.
    clock = new Date(NOW.getTime() + 110_000);
    await send(other.url, 'status');
    expect((await lastSeen('ref-conv')).at).toBe(clock.toISOString());
    clock = NOW;
  });

  it('sees a role granted between two messages on the second one', async () => {
    const ask = async (): Promise<string> => {
      const a = activity(conn.url, { text: '今天对账情况', from: 'new-colleague' });
      await post(`${bot.url}/api/messages`, a);
      return conn.repliesTo((a.conversation as { id: string }).id).map(replyText).join('\n');
    };
    expect(await ask()).not.toContain('****1234');
    await addUser(bot.db, { channelUserId: 'new-colleague', name: '王新', role: 'staff' }, 'demo-admin', NOW);
    expect(await ask()).toContain('****1234');
  });
});
