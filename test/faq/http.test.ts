/**
 * Issue 18's chat cases over the protocol, as a channel sees them: Bot Framework activities posted
 * to /api/messages of the real app with the real FAQ (knowledge base, question log), replies
 * captured by the local connector (test/bot/support). A customer is a user id the directory does
 * not know; demo-staff is staff. PGlite.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFaqChatPort } from '../../bot/faq.ts';
import { FaqEnvSchema } from '../../bot/faq-env.ts';
import { activity, NOW, post, replyText, startBot, type RunningBot } from '../bot/support/app.ts';
import { startConnector, type FakeConnector } from '../bot/support/connector.ts';
import { openTestDb, type TestDb } from '../bot/support/db.ts';
import { ambiguousQuestion } from './ambiguous.ts';

type Act = Record<string, unknown>;
type Action = { title: string; data?: Record<string, unknown>; value?: unknown };

let bot: RunningBot;
let conn: FakeConnector;
let testDb: TestDb;
/** A question the FAQ answers with choices (ambiguous.ts). */
let ambiguous: string;

beforeAll(async () => {
  conn = await startConnector();
  testDb = await openTestDb('pglite');
  const env = FaqEnvSchema.parse({ FAQ_CONTACT: '长宁支行营业部 021-0000 0000', FAQ_CONTACT_EN: 'Changning sub-branch, 021-0000 0000' });
  const faq = await createFaqChatPort(env, { db: testDb.db, now: () => NOW });
  bot = await startBot({ db: testDb.db, faq });
  ambiguous = await ambiguousQuestion();
}, 180_000);
afterAll(async () => {
  await bot?.close();
  await testDb?.drop();
  await conn?.close();
});

/** Posts one activity as `from` in `conversation`; returns the replies it produced. */
async function send(from: string, conversation: string, fields: { text?: string; value?: unknown; locale?: string }): Promise<Act[]> {
  const before = conn.repliesTo(conversation).length;
  const res = await post(`${bot.url}/api/messages`, activity(conn.url, { from, conversation, ...fields }));
  expect(res.status).toBe(200);
  return conn.repliesTo(conversation).slice(before);
}
const say = async (from: string, conversation: string, text: string, locale?: string): Promise<string> =>
  (await send(from, conversation, { text, ...(locale ? { locale } : {}) })).map(replyText).join('\n');

/** Card buttons (ActionSet in the body, and the card's own actions) of the last reply. */
function cardButtons(replies: Act[]): Action[] {
  const atts = (replies.at(-1)?.attachments ?? []) as Array<{ content?: { body?: Array<{ type: string; actions?: Action[] }>; actions?: Action[] } }>;
  return atts.flatMap((a) => [...(a.content?.body ?? []).filter((b) => b.type === 'ActionSet').flatMap((b) => b.actions ?? []), ...(a.content?.actions ?? [])]);
}
const suggested = (replies: Act[]): string[] =>
  ((replies.at(-1)?.suggestedActions as { actions?: Action[] } | undefined)?.actions ?? []).map((a) => a.title);

describe('issue 18 over /api/messages', () => {
  it("a customer's 对账结果 question is answered by the FAQ, not refused as staff only", async () => {
    const r = await say('customer-http-1', 'c1', '对账结果和我自己账上的对不上，咋办');
    expect(r).toContain('来源：对账结果和我的账对不上怎么办？');
    expect(r).not.toMatch(/仅限|工作人员/);
  });

  it('staff get the FAQ for the same sentence; a status request in its own words is their status', async () => {
    expect(await say('demo-staff', 's1', '对账结果和我自己账上的对不上，咋办')).toContain('来源：');
    expect(await say('demo-staff', 's1', '今天对账情况')).not.toContain('来源：');
  });

  it.each(['back', 'cancel', '取消', '返回', '2'].map((word, i) => [word, i] as const))('"%s" outside a dialog gets "nothing in progress" (a number: nothing to pick) with buttons, never an FAQ entry', async (word, i) => {
    // Conversation ids travel in an HTTP header: ASCII only.
    const replies = await send('customer-http-2', `c2-${i}`, { text: word });
    const text = replies.map(replyText).join('\n');
    expect(text).toMatch(word === '2' ? /^现在没有可供选择的列表/ : /当前没有进行中的操作|Nothing is in progress/);
    expect(text).not.toMatch(/备份|backup|来源|Source/);
    expect(suggested(replies).length).toBeGreaterThan(0);
  });

  it('a typed 2 after "did you mean" answers choice 2, and the choices are buttons', async () => {
    const offer = await send('customer-http-3', 'c3', { text: ambiguous });
    expect(replyText(offer.at(-1)!)).toContain('您是不是想问');
    const second = cardButtons(offer).find((b) => /^2\. /.test(b.title));
    expect(second).toBeDefined();
    expect(await say('customer-http-3', 'c3', '2')).toContain(`来源：${second!.title.replace(/^2\. /, '')}`);
  });

  it('a follow-up button inside an answer card can be clicked and answers that entry', async () => {
    const answer = await send('customer-http-4', 'c4', { text: '什么是未达账项' });
    const follow = cardButtons(answer).find((b) => b.data?.action === 'faq.pick');
    expect(follow).toBeDefined();
    const r = (await send('customer-http-4', 'c4', { value: follow!.data })).map(replyText).join('\n');
    expect(r).toContain(`来源：${follow!.title}`);
  });

  it('a 👎 offers to rephrase and names the branch contact', async () => {
    const answer = await send('customer-http-5', 'c5', { text: '什么是余额调节表' });
    const down = cardButtons(answer).find((b) => b.title.includes('👎'));
    const r = (await send('customer-http-5', 'c5', { value: down!.data })).map(replyText).join('\n');
    expect(r).toContain('换个说法');
    expect(r).toContain('长宁支行营业部 021-0000 0000');
  });

  it('an English question after Chinese ones is answered in English, its "I don\'t know" too', async () => {
    expect(await say('customer-http-6', 'c6', '什么是未达账项')).toContain('来源：');
    // Answered, or a "did you mean" (in English) whose first choice is the mismatch entry.
    expect(await say('customer-http-6', 'c6', 'my reconciliation result does not match, what now')).toMatch(/(Source: |Did you mean[^\n]*\n[^\n]*1\.? ?)[^\n]*(does not agree|doesn't agree|mismatch|match)/i);
    expect(await say('customer-http-6', 'c6', 'tell me a joke')).toContain("Sorry, I don't know");
  });

  it('"帮我转账一万块" says what the bot does and where transfers are done; "谢谢" gets a brief reply', async () => {
    const transfer = await say('customer-http-7', 'c7', '帮我转账一万块');
    expect(transfer).toContain('我是对账助手');
    expect(transfer).toMatch(/网银.*柜台/);
    const thanks = await say('customer-http-7', 'c7', '谢谢');
    expect(thanks).toContain('不客气');
    expect(thanks).not.toContain('没有把握');
  });

  it('a lost USB key says to report it lost first; a customer never sees the staff-only lines', async () => {
    const r = await say('customer-http-8', 'c8', 'U盾弄丢了咋整');
    expect(r).toContain('挂失');
    expect(r).not.toMatch(/系统管理员|员工请/);
  });
});
