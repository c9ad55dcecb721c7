/**
 * How long the chat's working data is kept (Direct Line conversations, idle conversations' bot
 * state, FAQ questions and votes). The reconciliation record itself is never pruned.
 */
import type { Db } from '../store/db.ts';
import { pruneChatData, type PruneCounts, type RetentionAges } from '../store/chat/retention.ts';

export type { PruneCounts, RetentionAges };

/** The defaults in days, also the README's: a month of chat, three months of dialog state, a year of FAQ questions. */
export const DEFAULT_RETENTION: RetentionAges = { directLineDays: 30, botStateDays: 90, faqDays: 365 };

/** Prunes (or counts, with dryRun) what is older than its age; null when another instance is at it. */
export function pruneOldChatData(db: Db, now: Date, ages: RetentionAges, dryRun = false): Promise<PruneCounts | null> {
  return pruneChatData(db, now, ages, dryRun);
}
