/**
 * Issue 18's chat cases, through the main dialog (botbuilder-testing) with the real FAQ and
 * routes: the question comes first for customers, command words outside a dialog get "nothing in
 * progress", a typed number picks a "did you mean" choice, the answer follows the question's
 * language, a 👎 offers rephrasing and the contact, out of scope says where to go, thanks is
 * answered briefly, and card buttons answer the entry they name.
 */
import { DialogTestClient } from 'botbuilder-testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MainDialog } from '../../dialogs/mainDialog.ts';
import type { DialogPorts, Person } from '../../dialogs/ports.ts';
import { createFaq } from '../../dialogs/faq/answer.ts';
import { createFaqPort } from '../../dialogs/faq/port.ts';
import { ambiguousQuestion } from './ambiguous.ts';
import { createFaqLog } from '../../engine/service/faq.ts';
import { openPglite, type Db } from '../../engine/store/db.ts';
import { migrate } from '../../engine/store/migrate.ts';
import { guidedRoutes } from '../../dialogs/routes.ts';
import type { GuidedPorts } from '../../dialogs/ports.ts';
import { messages } from '../../engine/i18n/index.ts';

const NOW = new Date('2026-03-20T10:00:00Z');
let db: Db;
let ports: DialogPorts;
const asked: string[] = [];
/** A question the FAQ answers with choices (ambiguous.ts). */
let ambiguous: string;

beforeAll(async () => {
  db = await openPglite();
  await migrate(db);
  const unused = () => Promise.reject(new Error('not used here'));
  const faq = await createFaq({ contact: { 'zh-CN': '长宁支行营业部 021-0000 0000', en: 'Changning sub-branch, 021-0000 0000' } });
  ambiguous = await ambiguousQuestion(faq);
  ports = {
    directory: { personOf: async (id): Promise<Person> => ({ channelUserId: id, name: null, role: id.startsWith('staff') ? 'staff' : 'customer' }) },
    status: { status: async () => (asked.push('status'), { asOf: '2026-03-20', accounts: [] }) },
    subscriptions: { subscribe: unused, unsubscribe: unused },
    audit: { record: async () => undefined },
    summary: { sendNow: unused },
    faq: createFaqPort(faq, createFaqLog(db, () => NOW)),
    now: () => NOW,
  };
}, 120_000);
afterAll(async () => db.close());

type Action = { type?: string; title: string; value?: string; data?: Record<string, unknown> };
type CardElement = { type: string; text?: string; actions?: Action[] };
type Card = { fallbackText?: string; body?: CardElement[]; actions?: Action[] };
type Reply = { text?: string; attachments?: { content?: Card }[]; suggestedActions?: { actions: Action[] } };

function chat(user: string, locale = 'zh-CN') {
  const guided = guidedRoutes({ ...ports, cases: {} as GuidedPorts['cases'], notify: {} as GuidedPorts['notify'] } as GuidedPorts);
  const c = new DialogTestClient('webchat', new MainDialog(ports, { summaryTime: '18:30', routes: guided }));
  return (a: string | Record<string, unknown>): Promise<Reply> =>
    c.sendActivity({ type: 'message', locale, from: { id: user, name: user }, ...(typeof a === 'string' ? { text: a } : a) });
}

const shown = (r: Reply): string => r.attachments?.[0]?.content?.fallbackText ?? r.text ?? '';
const choiceButtons = (r: Reply): Action[] => (r.attachments?.[0]?.content?.body ?? []).filter((b) => b.type === 'ActionSet').flatMap((b) => b.actions ?? []);

describe('routing puts the question first', () => {
  it("a customer's 对账结果 question is answered by the FAQ, not refused as staff only", async () => {
    const r = await chat('customer-1')('对账结果和我自己账上的对不上，咋办');
    expect(shown(r)).toContain('来源：对账结果和我的账对不上怎么办？');
    expect(shown(r)).not.toContain('工作人员');
  });

  it('staff asking the same get the FAQ too, and a bare 对账结果 is their status', async () => {
    const say = chat('staff-1');
    expect(shown(await say('对账结果和我自己账上的对不上，咋办'))).toContain('来源：');
    const before = asked.length;
    await say('今天的对账结果');
    expect(asked.length).toBe(before + 1);
  });

  it.each(['back', '取消', '返回', '2', '第二个'])('"%s" outside a dialog gets "nothing in progress" (for a number: nothing to pick) with buttons, never an FAQ entry', async (word) => {
    const r = await chat('customer-2')(word);
    // "back" is English, so the reply is too.
    expect(r.text).toMatch(/^(当前没有进行中的操作|Nothing is in progress|现在没有可供选择的列表)/);
    expect(r.suggestedActions?.actions.map((a) => a.title)).toEqual(expect.arrayContaining([expect.stringMatching(/^(帮助|help)$/)]));
    expect(JSON.stringify(r)).not.toContain('备份');
  });
});

describe('choices people can act on', () => {
  it('typing 2 after a "did you mean" answers choice 2; the choices are card buttons', async () => {
    const say = chat('customer-4');
    const offer = await say(ambiguous);
    const buttons = choiceButtons(offer);
    expect(shown(offer)).toContain('您是不是想问');
    expect(buttons.length).toBeGreaterThanOrEqual(2);
    const second = buttons[1];
    expect(second?.title).toMatch(/^2\. /);
    const picked = await say('2');
    expect(shown(picked)).toContain(`来源：${second?.title.replace(/^2\. /, '')}`);
    // The pick is used once: a later "2" has nothing to pick, and is told so.
    expect((await say('2')).text).toContain('现在没有可供选择的列表');
  });

  it('"第一个" and a choice title pick too; another question starts over', async () => {
    const say = chat('customer-5');
    const first = choiceButtons(await say(ambiguous))[0]?.title.replace(/^1\. /, '');
    expect(shown(await say('第一个'))).toContain(`来源：${first}`);
    await say(ambiguous);
    expect(shown(await say(first ?? ''))).toContain(`来源：${first}`);
    await say(ambiguous);
    expect(shown(await say('回执要寄回银行吗'))).toContain('来源：');
  });

  it('a number beyond the choices says which there are and keeps them; "第2个" and "最后一个" pick', async () => {
    const say = chat('customer-13');
    const titles = choiceButtons(await say(ambiguous)).map((b) => b.title.replace(/^\d+\. /, ''));
    const beyond = await say(String(titles.length + 1));
    expect(beyond.text).toBe(`只有 1 到 ${titles.length} 这几项，请回复其中一个编号、点选一项，或直接换个问法提问。`);
    expect(shown(await say('第2个'))).toContain(`来源：${titles[1]}`);
    await say(ambiguous);
    expect(shown(await say('最后一个'))).toContain(`来源：${titles.at(-1)}`);
  });

  it('a follow-up button on an answer card answers that entry', async () => {
    const say = chat('customer-6');
    const answer = await say('什么是未达账项');
    const follow = choiceButtons(answer)[0];
    expect(follow?.data).toMatchObject({ action: 'faq.pick', v: 1 });
    const r = await say({ value: follow?.data });
    expect(shown(r)).toContain(`来源：${follow?.title}`);
  });

  it.each(['👎', '没用', '答非所问'])('"%s" typed right after an answer is a 👎 on it: recorded, with the offer to rephrase and the contact', async (typed) => {
    const user = `customer-down-${typed}`;
    const say = chat(user);
    expect(shown(await say('什么是余额调节表'))).toContain('来源：');
    const r = await say(typed);
    expect(r.text).toContain('换个说法');
    expect(r.text).toContain('长宁支行营业部 021-0000 0000');
    const votes = await db.query<{ helpful: boolean; question: string }>('SELECT f.helpful, q.question FROM faq_feedback f JOIN faq_questions q ON q.id = f.question_id WHERE f.channel_user_id = $1', [user]);
    expect(votes.rows).toEqual([{ helpful: false, question: '什么是余额调节表' }]);
  });

  it("a 👎 button carrying another person's answer id (a guessed id) is not recorded or thanked; the asker's own is", async () => {
    const answer = await chat('customer-vote-a')('什么是未达账项');
    const cardActions = (r: Reply): Action[] => [...(r.attachments?.[0]?.content?.actions ?? []), ...choiceButtons(r)];
    const down = cardActions(answer).find((a) => a.data?.action === 'faq.feedback' && a.data.helpful === false);
    expect(down?.data?.answerId).toMatch(/^\d+$/);
    expect(shown(await chat('customer-vote-b')({ value: down?.data }))).toContain('卡片已过期');
    expect((await chat('customer-vote-a')({ value: down?.data })).text).toContain('换个说法');
    const votes = await db.query<{ channel_user_id: string }>("SELECT channel_user_id FROM faq_feedback WHERE channel_user_id LIKE 'customer-vote-%'");
    expect(votes.rows).toEqual([{ channel_user_id: 'customer-vote-a' }]);
  });

  it('"not helpful" in English after an English answer is a 👎 in English; with no answer before, nothing is recorded', async () => {
    const say = chat('customer-down-en', 'en-US');
    expect(shown(await say('what is a balance adjustment statement'))).toContain('Source:');
    expect((await say('not helpful')).text).toContain('ask again in other words');
    const fresh = await chat('customer-down-none')('没用');
    expect(fresh.text).toBe('抱歉没能帮上忙。您可以换个说法再问一次，或联系长宁支行营业部 021-0000 0000。');
    const votes = await db.query('SELECT 1 FROM faq_feedback WHERE channel_user_id = $1', ['customer-down-none']);
    expect(votes.rows).toHaveLength(0);
  });

  it('a 👎 offers to rephrase and names the contact', async () => {
    const say = chat('customer-7');
    const card = (await say('什么是余额调节表')).attachments?.[0]?.content;
    const down = card?.actions?.find((a) => a.title === '👎 没帮助');
    const r = await say({ value: down?.data });
    expect(r.text).toContain('换个说法');
    expect(r.text).toContain('长宁支行营业部 021-0000 0000');
  });
});

describe('language and small talk', () => {
  it('an English question after Chinese ones is answered in English, and so is its "I don\'t know"', async () => {
    const say = chat('customer-8');
    expect(shown(await say('什么是未达账项'))).toContain('来源：');
    expect(shown(await say('what is an outstanding item'))).toContain('Source:');
    expect(shown(await say('tell me a joke'))).toContain("Sorry, I don't know");
  });

  it('"帮我转账一万块" says what the bot does and sends transfers to online banking or the counter', async () => {
    const r = shown(await chat('customer-9')('帮我转账一万块'));
    expect(r).toContain('我是对账助手');
    expect(r).toMatch(/网银.*柜台/);
  });

  it('markup around a Chinese question does not make it English: "<script>…</script>怎么对账" is answered in Chinese', async () => {
    const r = shown(await chat('customer-14')('<script>alert(1)</script>怎么对账'));
    expect(r).not.toMatch(/Sorry|Source:/);
    expect(r).toMatch(/[\u4e00-\u9fff]{4}/);
  });

  it('a customer asking for their balance is told the assistant looks nothing up and where to see it, not that it is for staff', async () => {
    const r = shown(await chat('customer-15')('查一下我的余额'));
    expect(r).toContain('我不能为您查询账户余额、交易明细或对账结果');
    expect(r).toContain('企业网银或手机银行');
    expect(r).not.toContain('工作人员');
  });

  it('"谢谢" gets a brief reply, not "I don\'t know"', async () => {
    const r = shown(await chat('customer-10')('谢谢'));
    expect(r).toContain('不客气');
    expect(r).not.toContain('没有把握');
  });

  it('"88" (拜拜 in Chinese chat) outside a dialog is a goodbye, not "nothing in progress"', async () => {
    const r = shown(await chat('customer-11')('88'));
    expect(r).toBe(messages('zh-CN').faq.smalltalk.bye);
  });

  it('"88。" with punctuation is a goodbye too, not a choice number', async () => {
    const r = shown(await chat('customer-12')('88。'));
    expect(r).toBe(messages('zh-CN').faq.smalltalk.bye);
  });
});
