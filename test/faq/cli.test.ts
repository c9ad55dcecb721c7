/** `recon ask` and `recon faq report` through runCli, with the asker bot/recon.ts injects. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runRecon } from '../support/cli.ts';
import type { Lang } from '../../engine/i18n/index.ts';
import { recordFaqQuestion } from '../../engine/service/faq.ts';
import { openPglite, type Db } from '../../engine/store/db.ts';
import { migrate } from '../../engine/store/migrate.ts';
import { createAsker } from '../../bot/faq.ts';
import { FaqEnvSchema } from '../../bot/faq-env.ts';

const asker = createAsker(FaqEnvSchema.parse({ FAQ_CONTACT: '长宁分行营业部', FAQ_CONTACT_EN: 'the Changning branch' }));

async function recon(args: string[], options: { stdin?: string; lang?: Lang; db?: Db } = {}) {
  return runRecon(args, { ...options, ask: asker });
}

const keys = (o: object) => Object.keys(o);

describe('recon ask', () => {
  it('--json prints the contract object', async () => {
    const r = await recon(['ask', '对账结果和我的账对不上怎么办', '--json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as { answer: string; confidence: number; sources: { id: string; title: string }[]; suggestions: string[] };
    expect(keys(json)).toEqual(['answer', 'confidence', 'sources', 'suggestions']);
    expect(json.sources).toEqual([{ id: 'customer-report-mismatch', title: '对账结果和我的账对不上怎么办？' }]);
    expect(json.confidence).toBeGreaterThan(0);
    expect(json.confidence).toBeLessThanOrEqual(1);
    expect(json.suggestions.length).toBeGreaterThan(0);
  });

  it('--lang en answers in English; out-of-scope has empty sources and the contact', async () => {
    const r = await recon(['ask', 'what is the weather tomorrow', '--lang', 'en', '--json']);
    const json = JSON.parse(r.stdout) as { answer: string; sources: unknown[]; suggestions: unknown[] };
    expect(json.sources).toEqual([]);
    expect(json.suggestions).toEqual([]);
    expect(json.answer).toContain('the Changning branch');
    const zh = JSON.parse((await recon(['ask', '明天会下雨吗', '--lang', 'zh', '--json'])).stdout) as { answer: string };
    expect(zh.answer).toContain('长宁分行营业部');
  });

  it('reads one question per line from stdin and prints one JSON object per line, in order', async () => {
    const r = await recon(['ask', '--json', '--lang', 'en'], { stdin: '对账分哪几步\n\nhow do I reconcile online\r\n讲个笑话\n' });
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { sources: { id: string }[] });
    expect(lines.map((l) => l.sources[0]?.id ?? null)).toEqual(['staff-procedure', 'customer-how-to', null]);
  });

  it('without --lang answers each question in its own language, whatever the locale', async () => {
    const en = await recon(['ask', 'what is an outstanding item', '--json'], { lang: 'zh-CN' });
    expect((JSON.parse(en.stdout) as { sources: { title: string }[] }).sources[0]?.title).toMatch(/^[A-Za-z]/);
    const zh = await recon(['ask', '什麼是未達賬項'], { lang: 'en' });
    expect(zh.stdout).toContain('来源：什么是未达账项？');
    const lines = (await recon(['ask', '--json'], { stdin: '什么是未达账项\nwhat is an outstanding item\n', lang: 'zh-CN' })).stdout.trimEnd().split('\n');
    expect(lines.map((l) => /[\u4e00-\u9fff]/.test((JSON.parse(l) as { answer: string }).answer))).toEqual([true, false]);
  });

  it('prints a readable answer without --json', async () => {
    const r = await recon(['ask', '什么是未达账项'], { lang: 'zh-CN' });
    expect(r.stdout).toMatch(/^未达账项是/);
    expect(r.stdout).toContain('来源：什么是未达账项？');
    expect(r.stdout).toMatch(/置信度 [01]\.\d{3}/);
  });

  it('refuses an empty question and a bad --lang with one line and exit 2', async () => {
    const empty = await recon(['ask', '  ', '--json']);
    expect([empty.code, empty.stdout, empty.stderr]).toEqual([2, '', 'recon: 问题不能为空\n']);
    const lang = await recon(['ask', 'x', '--lang', 'fr'], { lang: 'en' });
    expect([lang.code, lang.stderr]).toEqual([2, 'recon: --lang must be zh or en, got "fr"\n']);
  });
});

describe('recon faq report', () => {
  let db: Db;
  beforeAll(async () => {
    db = await openPglite();
    await migrate(db);
  });
  afterAll(async () => db.close());

  it('lists unanswered questions as JSON and as text, and refuses a bad --since', async () => {
    await recordFaqQuestion(db, { question: '信用卡怎么还款', lang: 'zh-CN', asker: 'customer', outcome: 'unknown', entryId: null, confidence: 0.05 }, new Date('2026-03-10T08:00:00Z'));
    const json = await recon(['faq', 'report', '--json', '--since', '2026-03-01'], { db });
    expect(json.code).toBe(0);
    const report = JSON.parse(json.stdout) as { since: string; unanswered: { question: string }[]; downVoted: unknown[] };
    expect(report.since).toBe('2026-03-01');
    expect(report.unanswered.map((u) => u.question)).toEqual(['信用卡怎么还款']);
    expect(report.downVoted).toEqual([]);
    const text = await recon(['faq', 'report', '--lang', 'en'], { db });
    expect(text.stdout).toContain('Questions not answered (1)');
    expect(text.stdout).toContain('信用卡怎么还款');
    const later = JSON.parse((await recon(['faq', 'report', '--json', '--since', '2026-03-11'], { db })).stdout) as { unanswered: unknown[] };
    expect(later.unanswered).toEqual([]);
    const bad = await recon(['faq', 'report', '--since', '1/3/2026'], { db, lang: 'en' });
    expect([bad.code, bad.stderr]).toEqual([2, 'recon: --since needs a date as YYYY-MM-DD, got "1/3/2026"\n']);
  });
});
