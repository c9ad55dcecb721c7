/**
 * The daily summary's bookkeeping: which instance sends today (exactly one), and what happened to
 * each subscriber's send. The sending itself is the bot's (it owns the channels).
 */
import type { Db } from '../store/db.ts';
import { claimSummaryDay, finishSummaryDay, insertSummarySend, selectSummarySends, type SummarySendRow } from '../store/chat/summary.ts';

export type SummaryTrigger = 'schedule' | 'manual';
export type SendOutcome = 'sent' | 'failed' | 'gone';

/** The calendar date (YYYY-MM-DD) of `at` in `timeZone`: the business day being summarised. */
export function businessDay(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

/** True when this instance should send the summary for `day` (no other instance has). */
export function claimDay(db: Db, day: string, instance: string, trigger: SummaryTrigger): Promise<boolean> {
  return claimSummaryDay(db, day, instance, trigger);
}

export function finishDay(db: Db, day: string): Promise<void> {
  return finishSummaryDay(db, day);
}

export function recordSend(
  db: Db,
  send: { day: string; conversationKey: string; outcome: SendOutcome; attempts: number; error: string | null; trigger: SummaryTrigger },
): Promise<void> {
  return insertSummarySend(db, send);
}

export function sendsOf(db: Db, day: string): Promise<SummarySendRow[]> {
  return selectSummarySends(db, day);
}
