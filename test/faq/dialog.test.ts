/**
 * The FAQ inside the main dialog (botbuilder-testing): a customer and a staff member ask, get a
 * card with the answer and 👍/👎, vote, and the vote reaches `recon faq report`'s data; status
 * questions do not reach the FAQ. Only the FAQ's ports are real here; the others are not asked.
 */
import { DialogTestClient } from 'botbuilder-testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MainDialog } from '../../dialogs/mainDialog.ts';
import type { DialogPorts, Person } from '../../dialogs/ports.ts';
import { createFaq } from '../../dialogs/faq/answer.ts';
import { createFaqPort } from '../../dialogs/faq/port.ts';
import { createFaqLog, faqReport } from '../../engine/service/faq.ts';
import { openPglite, type Db } from '../../engine/store/db.ts';
import { migrate } from '../../engine/store/migrate.ts';

const NOW = new Date('2026-03-20T10:00:00Z');
let db: Db;
let ports: DialogPorts;
const statusAsked: string[] = [];

beforeAll(async () => {
  db = await openPglite();
  await migrate(db);
  const unused = () => Promise.reject(new Error('not used by the FAQ'));
  ports = {
    directory: { personOf: async (id): Promise<Person> => ({ channelUserId: id, name: null, role: id.startsWith('staff') ? 'staff' : 'customer' }) },
    status: {
      status: async () => {
        statusAsked.push('status');
        return { asOf: '2026-03-20', accounts: [] };
      },
    },
    subscriptions: { subscribe: unused, unsubscribe: unused },
    audit: { record: async () => undefined },
    summary: { sendNow: unused },
    faq: createFaqPort(await createFaq({ contact: { 'zh-CN': '营业部柜台', en: 'the branch counter' } }), createFaqLog(db, () => NOW)),
    now: () => NOW,
  };
}, 120_000);
afterAll(async () => db.close());

type Card = { fallbackText?: string; actions?: { title: string; data: Record<string, unknown> }[] };
type Reply = { text?: string; attachments?: { content?: Card }[] };

function chat(user: string) {
  const c = new DialogTestClient('webchat', new MainDialog(ports, { summaryTime: '18:30' }));
  return (a: string | Record<string, unknown>): Promise<Reply> =>
    c.sendActivity(typeof a === 'string' ? { type: 'message', text: a, from: { id: user, name: user } } : { type: 'message', ...a, from: { id: user, name: user } });
}

describe('FAQ in the main dialog', () => {
  it('a customer gets the answer card, votes 👎, and the vote is stored with the question', async () => {
    const say = chat('customer-1');
    const reply = await say('对账结果和我的账对不上怎么办');
    const card = reply.attachments?.[0]?.content;
    expect(card?.fallbackText).toContain('来源：对账结果和我的账对不上怎么办？');
    const down = card?.actions?.find((a) => a.title === '👎 没帮助');
    expect(down).toBeDefined();
    const thanks = await say({ value: down?.data });
    expect(thanks.text).toContain('谢谢');
    const report = await faqReport(db);
    expect(report.downVoted).toMatchObject([{ entryId: 'customer-report-mismatch', question: '对账结果和我的账对不上怎么办', down: 1 }]);
  });

  it('staff get staff entries, customers do not', async () => {
    const staff = await chat('staff-1')('员工对账的操作流程分哪几步');
    expect(staff.attachments?.[0]?.content?.fallbackText).toContain('来源：员工对账的操作流程分哪几步？');
    const customer = await chat('customer-2')('员工对账的操作流程分哪几步');
    expect(JSON.stringify(customer)).not.toContain('员工对账的操作流程分哪几步？');
  });

  it('the FAQ declines with the contact, and a status question goes to status', async () => {
    const none = await chat('customer-3')('推荐几只能涨的股票');
    expect(none.text).toContain('营业部柜台');
    await chat('staff-2')('今天有多少未处理差异');
    expect(statusAsked.length).toBe(1);
    const report = await faqReport(db);
    expect(report.unanswered.map((u) => u.question)).toContain('推荐几只能涨的股票');
    expect(report.unanswered.map((u) => u.question)).not.toContain('今天有多少未处理差异');
  });
});
