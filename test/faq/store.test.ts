/** Questions, feedback and the report on PGlite (in memory), and on PostgreSQL when DATABASE_URL is set. */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { faqReport, recordFaqFeedback, recordFaqQuestion, redactQuestion } from '../../engine/service/faq.ts';
import { openPg, openPglite, type Db } from '../../engine/store/db.ts';
import { migrate } from '../../engine/store/migrate.ts';
import { describeNeeding, type Requirement } from '../support/requires.ts';

const engines: [string, Requirement | null, () => Promise<{ db: Db; drop: () => Promise<void> }>][] = [
  ['PGlite', null, async () => {
    const db = await openPglite();
    return { db, drop: () => db.close() };
  }],
  ['PostgreSQL', 'postgresql', async () => {
    const schema = `faq_${randomBytes(4).toString('hex')}`;
    const db = await openPg(process.env.DATABASE_URL ?? '', { schema });
    return {
      db,
      drop: async () => {
        await db.exec(`DROP SCHEMA ${schema} CASCADE`);
        await db.close();
      },
    };
  }],
];

const day = (d: string) => new Date(`${d}T09:00:00Z`);

for (const [name, needs, open] of engines) describeNeeding(needs, `FAQ store on ${name}`, () => {
  let db: Db;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    ({ db, drop } = await open());
    await migrate(db);
  });
  afterAll(async () => drop());

  it('keeps questions redacted, ties votes to them, and reports unanswered and down-voted ones', async () => {
    const base = { lang: 'zh-CN' as const, asker: 'customer' as const };
    const answered = await recordFaqQuestion(db, { ...base, question: '对账结果对不上怎么办', outcome: 'answer', entryId: 'customer-report-mismatch', confidence: 0.85, channelUserId: 'u1' }, day('2026-03-01'));
    expect(answered).toMatch(/^\d+$/);
    await recordFaqQuestion(db, { ...base, question: '今天天气怎么样', outcome: 'unknown', entryId: null, confidence: 0.1 }, day('2026-03-02'));
    await recordFaqQuestion(db, { ...base, question: '今天天气怎么样', outcome: 'unknown', entryId: null, confidence: 0.2 }, day('2026-03-05'));
    await recordFaqQuestion(db, { ...base, question: '账号 6222021234567890 转 5,000.00 元给 a@b.cn', outcome: 'suggest', entryId: null, confidence: 0.35 }, day('2026-02-01'));

    expect(await recordFaqFeedback(db, { answerId: answered, helpful: true, channelUserId: 'u1' }, day('2026-03-01'))).toBe('recorded');
    // A second click by the same person replaces the first vote.
    expect(await recordFaqFeedback(db, { answerId: answered, helpful: false, channelUserId: 'u1' }, day('2026-03-03'))).toBe('recorded');
    // Another person's vote on u1's question (a guessed id) is not recorded.
    expect(await recordFaqFeedback(db, { answerId: answered, helpful: false, channelUserId: 'u2' }, day('2026-03-04'))).toBe('unknown-answer');
    expect(await recordFaqFeedback(db, { answerId: '999999', helpful: false, channelUserId: 'u1' }, day('2026-03-04'))).toBe('unknown-answer');
    expect(await recordFaqFeedback(db, { answerId: 'not-a-number', helpful: false, channelUserId: 'u1' }, day('2026-03-04'))).toBe('unknown-answer');

    const all = await faqReport(db);
    expect(all.since).toBeNull();
    expect(all.unanswered).toEqual([
      { question: '今天天气怎么样', lang: 'zh-CN', asker: 'customer', outcome: 'unknown', times: 2, lastAsked: '2026-03-05T09:00:00.000Z', bestConfidence: 0.2 },
      { question: '账号 *** 转 ***给 ***', lang: 'zh-CN', asker: 'customer', outcome: 'suggest', times: 1, lastAsked: '2026-02-01T09:00:00.000Z', bestConfidence: 0.35 },
    ]);
    expect(all.downVoted).toEqual([
      { entryId: 'customer-report-mismatch', question: '对账结果对不上怎么办', lang: 'zh-CN', down: 1, up: 0, lastVoted: '2026-03-03T09:00:00.000Z' },
    ]);

    const recent = await faqReport(db, { since: '2026-03-03' });
    expect(recent.unanswered.map((u) => [u.question, u.times])).toEqual([['今天天气怎么样', 1]]);
    expect(recent.downVoted[0]?.down).toBe(1);
    await expect(faqReport(db, { since: '2026-13-01' })).rejects.toThrow();
  });
});

describe('redactQuestion', () => {
  it('masks account, card and phone numbers, amounts and e-mail, keeps short numbers', () => {
    expect(redactQuestion('卡号 6222 0212 3456 7890，手机13800138000，邮箱 li.ming@corp.cn')).toBe('卡号 ***，手机***，邮箱 ***');
    expect(redactQuestion('付了¥1,200.50，还有 300 元')).toBe('付了***，还有 ***');
    expect(redactQuestion('对账分 5 步，尾号 1234')).toBe('对账分 5 步，尾号 1234');
  });
});
