/**
 * The main dialog, table-driven with botbuilder-testing's DialogTestClient, over the real ports
 * on an in-memory store with the demo data (MemoryStorage for the dialog state: a unit test).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DialogTestClient } from 'botbuilder-testing';
import { seedDemoIfEmpty } from './support/demo.ts';
import { auditPort } from '../../bot/ports/audit.ts';
import { casePort } from '../../bot/ports/cases.ts';
import { linkIdentity } from '../../engine/service/users.ts';
import { directoryPort } from '../../bot/ports/directory.ts';
import { noFaq } from '../support/noFaq.ts';
import { statusPort } from '../../bot/ports/status.ts';
import { subscriptionPort } from '../../bot/ports/subscriptions.ts';
import { MainDialog } from '../../dialogs/mainDialog.ts';
import type { DialogPorts, FaqPort, SummaryPort } from '../../dialogs/ports.ts';
import { NOW } from './support/app.ts';
import { openTestDb, type TestDb } from './support/db.ts';

let t: TestDb;
const summaryCalls: string[] = [];
const feedback: Array<{ answerId: string; helpful: boolean }> = [];

beforeAll(async () => {
  t = await openTestDb('pglite');
  await seedDemoIfEmpty(t.db, () => NOW);
}, 240_000);
afterAll(() => t.drop());

function ports(faq: FaqPort = noFaq): DialogPorts {
  const now = () => NOW;
  // The summary port is the daily-summary runner in production (tested in proactive.test.ts);
  // here it records who asked, which is what the dialog is responsible for.
  const summary: SummaryPort = {
    async sendNow(by) {
      summaryCalls.push(by);
      return { sent: 2, failed: 0, gone: 1, alreadySentToday: false };
    },
  };
  return {
    directory: directoryPort(t.db),
    status: statusPort(t.db, now, 'Asia/Shanghai'),
    subscriptions: subscriptionPort(t.db),
    audit: auditPort(t.db, now),
    summary,
    faq,
    now,
  };
}

/** A conversation with the main dialog as `user` (every activity is sent from that user). */
function client(user: string, faq?: FaqPort): { sendActivity(a: string | Record<string, unknown>): Promise<Reply> } {
  const c = new DialogTestClient('test', new MainDialog(ports(faq), { summaryTime: '18:30', timeZone: 'Asia/Shanghai' }));
  return {
    sendActivity: (a) => c.sendActivity(typeof a === 'string' ? { type: 'message', text: a, from: { id: user, name: user } } : { ...a, from: { id: user, name: user } }),
  };
}

type Reply = { text?: string; attachments?: Array<{ content?: { fallbackText?: string } }> };

function textOf(reply: Reply): string {
  return reply.text ?? reply.attachments?.map((a) => a.content?.fallbackText ?? '').join('\n') ?? '';
}

describe('main dialog by role', () => {
  it.each([
    ['demo-staff', '你好', '您好，张敏'],
    ['someone-unknown', '你好', '您好！'],
    ['demo-staff', '帮助', '订阅日报'],
    ['demo-admin', '帮助', '立即发送日报'],
    ['someone-unknown', '帮助', '常见问题'],
    ['demo-staff', '今天对账情况', '华东贸易有限公司 基本户 ****1234'],
    ['demo-approver', 'status', 'Reconciliation status (2026-11-26)'],
    ['demo-admin', '账户 5678 状态', '账户 6222020200025678 对账情况'],
    ['demo-staff', '账户 0000 状态', '没有找到尾号为 0000 的账户'],
    ['demo-staff', '5678 状态', '账户 ****5678 对账情况'],
    // The number as typed: 12340001 is not the end of ****1234's number (it said "尾号为 0001", a number that may exist).
    ['demo-staff', '账户 12340001 状态', '没有找到尾号为 12340001 的账户'],
    ['someone-unknown', '今天对账情况', '我不能为您查询账户余额、交易明细或对账结果'],
    ['someone-unknown', '订阅日报', '仅向本行工作人员开放'],
    ['demo-staff', '立即发送日报', '需要管理员权限'],
    ['demo-staff', '对账单不符怎么办', '这个问题我暂时回答不了'],
  ])('%s: "%s" → %s', async (user, text, expected) => {
    const reply = await client(user).sendActivity(text);
    expect(textOf(reply)).toContain(expected);
  });

  it('audits refusals with who asked for what', async () => {
    await client('refused-person').sendActivity('有多少未处理差异');
    const rows = await t.db.query("SELECT actor, after FROM audit_log WHERE action = 'bot.refused' AND actor = 'refused-person'");
    expect(rows.rows).toHaveLength(1);
    expect(rows.rows[0]!.after).toMatchObject({ request: 'status', role: 'customer' });
  });

  it('subscribes once, says so the second time, unsubscribes', async () => {
    const c = client('demo-staff');
    expect(textOf(await c.sendActivity('订阅日报'))).toContain('每个工作日 18:30');
    expect(textOf(await c.sendActivity('订阅日报'))).toContain('已经订阅');
    expect(textOf(await c.sendActivity('取消订阅'))).toContain('已取消订阅');
    expect(textOf(await c.sendActivity('unsubscribe'))).toContain('not subscribed');
  });

  it('shows staff the daily summary as of now when they ask for it by name; customers\' words go to the FAQ', async () => {
    const zh = textOf(await client('demo-staff').sendActivity('每日汇总'));
    // NOW is 10:30 UTC, 18:30 in the summary's time zone.
    expect(zh).toContain('对账汇总（截至 2026-11-26 18:30 Asia/Shanghai）');
    expect(zh).toContain('华东贸易有限公司 基本户 ****1234');
    expect(zh).toContain('发送“订阅”即可每天收到');
    expect(textOf(await client('demo-approver').sendActivity('show me the daily summary'))).toMatch(/^Reconciliation summary \(as of 2026-11-26 18:30 Asia\/Shanghai\)[\s\S]*type "subscribe" to receive it\.$/);
    // Nothing is sent to subscribers and no day-end run is started.
    expect(summaryCalls).toEqual([]);
    // A customer's 日报 is a question for the FAQ, not a refusal; a question about the summary is the FAQ's too.
    expect(textOf(await client('someone-unknown').sendActivity('日报'))).toContain('这个问题我暂时回答不了');
    expect(textOf(await client('demo-staff').sendActivity('每日汇总什么时候发'))).toContain('这个问题我暂时回答不了');
  });

  it('lets an admin send the summary now', async () => {
    const reply = await client('demo-admin').sendActivity('立即发送日报');
    expect(textOf(reply)).toBe('日报已发送：成功 2 人，失败 0 人，会话失效 1 人。');
    expect(summaryCalls).toEqual(['demo-admin']);
  });

  it('answers a card submit, and refuses forged payloads politely', async () => {
    const c = client('demo-staff');
    expect(textOf(await c.sendActivity({ type: 'message', value: { action: 'status.show', v: 1 } }))).toContain('****1234');
    expect(textOf(await c.sendActivity({ type: 'message', value: { action: 'status.show', v: 1, accountHint: "1'; --" } }))).toContain('卡片已过期');
    expect(textOf(await c.sendActivity({ type: 'message', value: { action: 'faq.feedback', v: 1, answerId: 'x', helpful: 'yes' } }))).toContain('卡片已过期');
  });

  it('hands FAQ questions and 👍/👎 feedback to the FAQ port', async () => {
    const faq: FaqPort = {
      async answer(q) {
        return { text: `answer to ${q}`, found: true };
      },
      async feedback(input) {
        feedback.push({ answerId: input.answerId, helpful: input.helpful });
        return input.answerId === 'kb-7';
      },
    };
    const c = client('someone-unknown', faq);
    expect(textOf(await c.sendActivity('怎么进行电子对账'))).toBe('answer to 怎么进行电子对账');
    expect(textOf(await c.sendActivity({ type: 'message', value: { action: 'faq.feedback', v: 1, answerId: 'kb-7', helpful: false } }))).toContain('谢谢');
    // An answer id the port does not know as this person's is not thanked.
    expect(textOf(await c.sendActivity({ type: 'message', value: { action: 'faq.feedback', v: 1, answerId: '1', helpful: false } }))).toContain('卡片已过期');
    expect(feedback).toEqual([{ answerId: 'kb-7', helpful: false }, { answerId: '1', helpful: false }]);
  });
});

describe('a chat user id that spells a server login', () => {
  // 张敏 (demo-staff) also runs `recon` on the server as `zhangmin`. A Web Chat or OIDC user whose
  // id happens to be `zhangmin` is somebody else: a customer, refused staff intents and actions.
  beforeAll(async () => {
    await linkIdentity(t.db, { to: 'demo-staff', kind: 'os', id: 'zhangmin' }, 'test', NOW);
  });

  it('is a customer in chat, while the person keeps their role under their chat identity', async () => {
    expect(textOf(await client('zhangmin').sendActivity('今天对账情况'))).toContain('我不能为您查询账户余额、交易明细或对账结果');
    expect(textOf(await client('zhangmin').sendActivity('你好'))).not.toContain('张敏');
    expect(textOf(await client('demo-staff').sendActivity('今天对账情况'))).toContain('华东贸易有限公司 基本户 ****1234');
  });

  it('cannot act through the case port, and has nothing to approve', async () => {
    const cases = casePort(t.db, () => NOW);
    const a = (await cases.accounts())[0]!;
    const account = a.number;
    const unchanged = { cycle: a.cycle, dateWindowDays: a.dateWindowDays, amountTolerance: a.amountTolerance?.toFixed() ?? null, writeOffLimit: a.writeOffLimit.toFixed(), segregatePosting: a.segregatePosting };
    expect(await cases.run({ account, period: '2026-10', actor: 'zhangmin' })).toEqual({ ok: false, code: 'unknown_user' });
    expect(await cases.updateSettings(account, unchanged, 'zhangmin')).toEqual({ ok: false, code: 'unknown_user' });
    expect(await cases.pendingFor('zhangmin')).toEqual([]);
    // The same person under the chat identity is still known (the run itself is the dialogs' tests' business).
    expect((await cases.run({ account, period: '2026-10', actor: 'demo-staff' })).ok).toBe(true);
  });
});
