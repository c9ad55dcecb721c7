/**
 * FAQ use cases on the store: keep each chat question (redacted) with what the FAQ did, record
 * 👍/👎 on an answer, and report unanswered and down-voted questions for the people who edit the
 * knowledge base (`recon faq report`). Works on PostgreSQL and PGlite alike.
 */
import { z } from 'zod';
import type { Db } from '../store/db.ts';
import { insertFaqQuestion, selectDownVoted, selectUnanswered, upsertFaqFeedback, type FaqOutcome } from '../store/chat/faqQuestions.ts';

const EMAIL = /[\w.+-]+@[\w-]+(\.[\w-]+)+/g;
const AMOUNT = /(?:[¥￥$]|rmb|cny|usd)\s*\d[\d,]*(?:\.\d+)?|\d[\d,]*(?:\.\d+)?\s*(?:元|块|万元|万)/gi;
const LONG_NUMBER = /\d[\d\s-]{4,}\d/g;

/**
 * The question with what could identify an account or a person masked as `***`: e-mail
 * addresses, amounts, and digit runs of six or more (account, card, phone, id numbers). Used
 * before a question is stored or sent to an LLM; the FAQ never needs them to answer.
 */
export function redactQuestion(text: string): string {
  return text
    .replace(EMAIL, '***')
    .replace(AMOUNT, '***')
    .replace(LONG_NUMBER, (m) => (m.replace(/\D/g, '').length >= 6 ? '***' : m));
}

export const FaqQuestionInputSchema = z.object({
  question: z.string().trim().min(1).max(2000),
  lang: z.enum(['zh-CN', 'en']),
  asker: z.enum(['staff', 'customer']),
  outcome: z.enum(['answer', 'suggest', 'unknown']),
  entryId: z.string().min(1).nullable(),
  confidence: z.number().min(0).max(1),
  channelUserId: z.string().min(1).nullable().default(null),
});
export type FaqQuestionInput = z.input<typeof FaqQuestionInputSchema>;

/** Stores a question the FAQ saw (redacted) and returns its id, the card's `answerId`. */
export async function recordFaqQuestion(db: Db, input: FaqQuestionInput, at: Date): Promise<string> {
  const q = FaqQuestionInputSchema.parse(input);
  const outcome: FaqOutcome = q.outcome;
  return insertFaqQuestion(db, {
    askedAt: at,
    question: redactQuestion(q.question),
    lang: q.lang,
    asker: q.asker,
    outcome,
    entryId: outcome === 'answer' ? q.entryId : null,
    confidence: q.confidence.toFixed(3),
    channelUserId: q.channelUserId,
  });
}

export const FaqFeedbackInputSchema = z.object({
  answerId: z.string().regex(/^\d{1,18}$/, 'an answer id'),
  helpful: z.boolean(),
  channelUserId: z.string().min(1).max(200),
});
export type FaqFeedbackInput = z.infer<typeof FaqFeedbackInputSchema>;

/** Records a vote (a second vote by the same person replaces the first). */
export async function recordFaqFeedback(db: Db, input: FaqFeedbackInput, at: Date): Promise<'recorded' | 'unknown-answer'> {
  const parsed = FaqFeedbackInputSchema.safeParse(input);
  if (!parsed.success) return 'unknown-answer';
  const ok = await upsertFaqFeedback(db, { questionId: parsed.data.answerId, channelUserId: parsed.data.channelUserId, helpful: parsed.data.helpful, votedAt: at });
  return ok ? 'recorded' : 'unknown-answer';
}

export interface FaqReport {
  /** YYYY-MM-DD, or null for all time. */
  since: string | null;
  unanswered: { question: string; lang: 'zh-CN' | 'en'; asker: 'staff' | 'customer'; outcome: 'suggest' | 'unknown'; times: number; lastAsked: string; bestConfidence: number }[];
  downVoted: { entryId: string; question: string; lang: 'zh-CN' | 'en'; down: number; up: number; lastVoted: string }[];
}

export const SinceSchema = z.iso.date();

/** Unanswered and down-voted questions since a date (UTC midnight), or of all time. */
export async function faqReport(db: Db, options: { since?: string | undefined } = {}): Promise<FaqReport> {
  const since = options.since === undefined ? null : SinceSchema.parse(options.since);
  const from = since === null ? null : new Date(`${since}T00:00:00Z`);
  const [unanswered, downVoted] = [await selectUnanswered(db, from), await selectDownVoted(db, from)];
  return {
    since,
    unanswered: unanswered.map((r) => ({
      question: r.question,
      lang: r.lang,
      asker: r.asker,
      outcome: r.outcome,
      times: r.times,
      lastAsked: r.last_asked.toISOString(),
      bestConfidence: Number(r.best_confidence),
    })),
    downVoted: downVoted.map((r) => ({ entryId: r.entry_id, question: r.question, lang: r.lang, down: r.down, up: r.up, lastVoted: r.last_voted.toISOString() })),
  };
}

/** The FAQ log for the chat side, bound to a database and a clock (what dialogs/faq/port.ts needs). */
export interface FaqLog {
  recordQuestion(input: FaqQuestionInput): Promise<string>;
  recordFeedback(input: FaqFeedbackInput): Promise<'recorded' | 'unknown-answer'>;
}

export function createFaqLog(db: Db, now: () => Date): FaqLog {
  return {
    recordQuestion: (input) => recordFaqQuestion(db, input, now()),
    recordFeedback: (input) => recordFaqFeedback(db, input, now()),
  };
}
