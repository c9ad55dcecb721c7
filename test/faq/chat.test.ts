/** The chat side: card with source, follow-ups and 👍/👎 that the main dialog's submit parser accepts; feedback stored. */
import { beforeAll, describe, expect, it } from 'vitest';
import { parseCardSubmit } from '../../dialogs/flow/submit.ts';
import { createFaq, type Faq } from '../../dialogs/faq/answer.ts';
import { buildFaqCard, buildFaqText } from '../../dialogs/faq/card.ts';
import { createFaqPort } from '../../dialogs/faq/port.ts';
import { createFaqLog, faqReport } from '../../engine/service/faq.ts';
import { openPglite, type Db } from '../../engine/store/db.ts';
import { migrate } from '../../engine/store/migrate.ts';

let faq: Faq;
let db: Db;
beforeAll(async () => {
  faq = await createFaq({ contact: { 'zh-CN': '营业部柜台', en: 'the branch counter' } });
  db = await openPglite();
  await migrate(db);
});

type Action = { type: string; title: string; data: unknown };
const actionsOf = (card: Record<string, unknown>): Action[] => (Array.isArray(card.actions) ? (card.actions as Action[]) : []);

describe('FAQ card and text', () => {
  it('an answer card shows the answer, the source, follow-ups and two feedback buttons', async () => {
    const reply = await faq.answer('什么是未达账项', { lang: 'zh-CN', asker: 'customer' });
    const card = buildFaqCard(reply, '42');
    const json = JSON.stringify(card);
    expect(card.type).toBe('AdaptiveCard');
    expect(json).toContain('来源：什么是未达账项？');
    expect(json).toContain('您可能还想问：');
    const actions = actionsOf(card);
    expect(actions.map((a) => a.title)).toEqual(['👍 有帮助', '👎 没帮助']);
    expect(actions.map((a) => parseCardSubmit(a.data))).toEqual([
      { action: 'faq.feedback', v: 1, answerId: '42', helpful: true },
      { action: 'faq.feedback', v: 1, answerId: '42', helpful: false },
    ]);
    expect(buildFaqText(reply)).toMatch(/^未达账项是[\s\S]*来源：什么是未达账项？[\s\S]*您可能还想问：\n- /);
  });

  it('a decline has no feedback buttons and names the contact', async () => {
    const reply = await faq.answer('tell me a joke', { lang: 'en', asker: 'customer' });
    const card = buildFaqCard(reply, '7');
    expect(actionsOf(card)).toEqual([]);
    expect(buildFaqText(reply)).toMatch(/^Sorry, I don't know the answer to that and would rather not guess\. I am the reconciliation assistant: .* For help, please contact the branch counter\.$/);
  });
});

describe('FaqPort', () => {
  it('stores each question, lets a 👎 reach the report, and classifies status questions', async () => {
    const port = createFaqPort(faq, createFaqLog(db, () => new Date('2026-03-20T10:00:00Z')));
    const a = await port.answer('对账结果和我的账对不上怎么办', 'zh-CN', { asker: 'customer', channelUserId: 'c1' });
    expect(a.found).toBe(true);
    expect(a.answerId).toMatch(/^\d+$/);
    expect(a.suggestedActions.actions[0]).toEqual({ type: 'imBack', title: a.reply.suggestions[0], value: a.reply.suggestions[0] });
    await port.feedback?.({ answerId: a.answerId ?? '', helpful: false, channelUserId: 'c1' });
    const none = await port.answer('附近哪里有好吃的', 'zh-CN', { channelUserId: 'c2' });
    expect(none.found).toBe(false);
    expect(none.text).toContain('营业部柜台');
    const report = await faqReport(db);
    expect(report.downVoted.map((d) => d.entryId)).toEqual(['customer-report-mismatch']);
    expect(report.unanswered.map((u) => u.question)).toEqual(['附近哪里有好吃的']);
    expect(port.isStatusQuestion?.('今天有多少差异')).toBe(true);
    expect(port.isStatusQuestion?.('对账流程')).toBe(false);
  });

  it('defaults to the customer audience when the caller does not say', async () => {
    const port = createFaqPort(faq);
    const a = await port.answer('员工对账的操作流程分哪几步', 'zh-CN');
    expect(a.reply.sources.map((s) => s.id)).not.toContain('staff-procedure');
    expect(a.answerId).toBeUndefined();
  });
});
