/**
 * Retention of the chat's working data: Direct Line conversations, files sent in chat (kept until
 * imported; abandoned ones go with the conversations), the bot state of idle conversations and
 * the FAQ questions asked in chat (with their votes). None of it is part of the
 * reconciliation record (runs, differences, decisions and the audit log are never pruned here).
 */
import { z } from 'zod';
import type { Db } from '../db.ts';

/** One instance prunes at a time; the others find the lock taken and skip this round. */
const RETENTION_LOCK = 72_455_030;

/** Ages in days after which each kind of data goes; 0 keeps it for ever. */
export interface RetentionAges {
  readonly directLineDays: number;
  readonly botStateDays: number;
  readonly faqDays: number;
}

export interface PruneCounts {
  readonly directLineConversations: number;
  readonly directLineActivities: number;
  /** Files sent in chat and never imported or declined (a dialog cancelled or expired). */
  readonly chatUploads: number;
  readonly botStates: number;
  readonly faqQuestions: number;
  readonly faqFeedback: number;
}

const Count = z.object({ n: z.coerce.number().int() });
const DAY_MS = 86_400_000;

function cutoff(now: Date, days: number): Date | null {
  return days > 0 ? new Date(now.getTime() - days * DAY_MS) : null;
}

async function count(tx: Db, sql: string, params: unknown[]): Promise<number> {
  return Count.parse((await tx.query(sql, params)).rows[0]).n;
}

/** A conversation is idle when neither it nor any of its activities is newer than the cut-off. */
const IDLE_CONVERSATION = `c.created_at < $1
  AND NOT EXISTS (SELECT 1 FROM directline_activities a WHERE a.conversation_id = c.id AND a.created_at >= $1)`;

async function pruneDirectLine(tx: Db, before: Date, dryRun: boolean): Promise<{ conversations: number; activities: number }> {
  const activities = await count(
    tx,
    `SELECT count(*) AS n FROM directline_activities WHERE conversation_id IN (SELECT c.id FROM directline_conversations c WHERE ${IDLE_CONVERSATION})`,
    [before],
  );
  const conversations = dryRun
    ? await count(tx, `SELECT count(*) AS n FROM directline_conversations c WHERE ${IDLE_CONVERSATION}`, [before])
    : (await tx.query(`DELETE FROM directline_conversations c WHERE ${IDLE_CONVERSATION}`, [before])).rowCount;
  return { conversations, activities };
}

/** Files sent in chat before the cut-off (the Direct Line age: they belong to conversations). */
async function pruneUploads(tx: Db, before: Date, dryRun: boolean): Promise<number> {
  if (dryRun) return count(tx, 'SELECT count(*) AS n FROM chat_uploads WHERE created_at < $1', [before]);
  return (await tx.query('DELETE FROM chat_uploads WHERE created_at < $1', [before])).rowCount;
}

/** Conversation state (dialog stacks) untouched since the cut-off; a person's user state stays. */
async function pruneBotState(tx: Db, before: Date, dryRun: boolean): Promise<number> {
  const where = "updated_at < $1 AND key LIKE '%/conversations/%'";
  if (dryRun) return count(tx, `SELECT count(*) AS n FROM bot_state WHERE ${where}`, [before]);
  return (await tx.query(`DELETE FROM bot_state WHERE ${where}`, [before])).rowCount;
}

async function pruneFaq(tx: Db, before: Date, dryRun: boolean): Promise<{ questions: number; feedback: number }> {
  const old = 'SELECT id FROM faq_questions WHERE asked_at < $1';
  if (dryRun) {
    return {
      feedback: await count(tx, `SELECT count(*) AS n FROM faq_feedback WHERE question_id IN (${old})`, [before]),
      questions: await count(tx, 'SELECT count(*) AS n FROM faq_questions WHERE asked_at < $1', [before]),
    };
  }
  const feedback = (await tx.query(`DELETE FROM faq_feedback WHERE question_id IN (${old})`, [before])).rowCount;
  const questions = (await tx.query('DELETE FROM faq_questions WHERE asked_at < $1', [before])).rowCount;
  return { questions, feedback };
}

/**
 * Deletes (or, with `dryRun`, counts) what is older than its age, in one transaction. Returns null
 * when another instance is pruning right now.
 */
export async function pruneChatData(db: Db, now: Date, ages: RetentionAges, dryRun = false): Promise<PruneCounts | null> {
  return db.transaction(async (tx) => {
    const lock = await tx.query('SELECT pg_try_advisory_xact_lock($1) AS locked', [RETENTION_LOCK]);
    if (!z.object({ locked: z.boolean() }).parse(lock.rows[0]).locked) return null;
    const dlBefore = cutoff(now, ages.directLineDays);
    const stateBefore = cutoff(now, ages.botStateDays);
    const faqBefore = cutoff(now, ages.faqDays);
    const dl = dlBefore ? await pruneDirectLine(tx, dlBefore, dryRun) : { conversations: 0, activities: 0 };
    const chatUploads = dlBefore ? await pruneUploads(tx, dlBefore, dryRun) : 0;
    const botStates = stateBefore ? await pruneBotState(tx, stateBefore, dryRun) : 0;
    const faq = faqBefore ? await pruneFaq(tx, faqBefore, dryRun) : { questions: 0, feedback: 0 };
    return {
      directLineConversations: dl.conversations,
      directLineActivities: dl.activities,
      chatUploads,
      botStates,
      faqQuestions: faq.questions,
      faqFeedback: faq.feedback,
    };
  });
}
