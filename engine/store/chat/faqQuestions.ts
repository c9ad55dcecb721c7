/**
 * Repository for FAQ questions and feedback (migration 030). Rows read back are checked with zod;
 * bigint ids and NUMERIC come back as strings on both PostgreSQL and PGlite.
 */
import { z } from 'zod';
import type { Db } from '../db.ts';

export type FaqOutcome = 'answer' | 'suggest' | 'unknown';

export interface FaqQuestionInsert {
  askedAt: Date;
  question: string;
  lang: 'zh-CN' | 'en';
  asker: 'staff' | 'customer';
  outcome: FaqOutcome;
  entryId: string | null;
  /** 0..1 as a decimal string with at most three places, e.g. "0.734". */
  confidence: string;
  channelUserId: string | null;
}

/** Stores one question; returns its id (the card's answerId). */
export async function insertFaqQuestion(db: Db, q: FaqQuestionInsert): Promise<string> {
  const res = await db.query(
    `INSERT INTO faq_questions (asked_at, question, lang, asker, outcome, entry_id, confidence, channel_user_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
    [q.askedAt, q.question, q.lang, q.asker, q.outcome, q.entryId, q.confidence, q.channelUserId],
  );
  return z.object({ id: z.union([z.string(), z.number()]).transform(String) }).parse(res.rows[0]).id;
}

/**
 * Records or replaces a vote on a question by the person who asked it; false when there is no
 * such question of theirs (a forged or guessed id: the ids are sequential).
 */
export async function upsertFaqFeedback(db: Db, v: { questionId: string; channelUserId: string; helpful: boolean; votedAt: Date }): Promise<boolean> {
  const res = await db.query(
    `INSERT INTO faq_feedback (question_id, channel_user_id, helpful, voted_at)
     SELECT id, $2, $3, $4 FROM faq_questions WHERE id = $1 AND channel_user_id = $2
     ON CONFLICT (question_id, channel_user_id) DO UPDATE SET helpful = EXCLUDED.helpful, voted_at = EXCLUDED.voted_at`,
    [v.questionId, v.channelUserId, v.helpful, v.votedAt],
  );
  return res.rowCount > 0;
}

const UnansweredRowSchema = z.object({
  question: z.string(),
  lang: z.enum(['zh-CN', 'en']),
  asker: z.enum(['staff', 'customer']),
  outcome: z.enum(['suggest', 'unknown']),
  times: z.union([z.string(), z.number()]).transform(Number),
  last_asked: z.date(),
  best_confidence: z.string(),
});
export type UnansweredRow = z.infer<typeof UnansweredRowSchema>;

/**
 * Questions the FAQ did not answer outright since `since`, grouped by their text, language,
 * asker and outcome; most frequent first, then latest, then text.
 */
export async function selectUnanswered(db: Db, since: Date | null): Promise<UnansweredRow[]> {
  const res = await db.query(
    `SELECT question, lang, asker, outcome, count(*) AS times, max(asked_at) AS last_asked, max(confidence)::text AS best_confidence
       FROM faq_questions
      WHERE outcome <> 'answer' AND ($1::timestamptz IS NULL OR asked_at >= $1)
      GROUP BY question, lang, asker, outcome
      ORDER BY times DESC, last_asked DESC, question, lang, asker, outcome`,
    [since],
  );
  return res.rows.map((r) => UnansweredRowSchema.parse(r));
}

const DownVotedRowSchema = z.object({
  entry_id: z.string(),
  question: z.string(),
  lang: z.enum(['zh-CN', 'en']),
  down: z.union([z.string(), z.number()]).transform(Number),
  up: z.union([z.string(), z.number()]).transform(Number),
  last_voted: z.date(),
});
export type DownVotedRow = z.infer<typeof DownVotedRowSchema>;

/**
 * Answers with at least one 👎 since `since`, per entry and question text: most down-votes first,
 * then latest, then entry id and text.
 */
export async function selectDownVoted(db: Db, since: Date | null): Promise<DownVotedRow[]> {
  const res = await db.query(
    `SELECT q.entry_id, q.question, q.lang,
            count(*) FILTER (WHERE NOT f.helpful) AS down,
            count(*) FILTER (WHERE f.helpful) AS up,
            max(f.voted_at) AS last_voted
       FROM faq_feedback f JOIN faq_questions q ON q.id = f.question_id
      WHERE q.entry_id IS NOT NULL AND ($1::timestamptz IS NULL OR f.voted_at >= $1)
      GROUP BY q.entry_id, q.question, q.lang
     HAVING count(*) FILTER (WHERE NOT f.helpful) > 0
      ORDER BY down DESC, last_voted DESC, q.entry_id, q.question, q.lang`,
    [since],
  );
  return res.rows.map((r) => DownVotedRowSchema.parse(r));
}
