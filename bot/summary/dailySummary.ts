/**
 * The daily summary: claim the day (exactly one instance proceeds), run day-end reconciliation
 * for the accounts that are due, then send every active subscriber the summary card. Each send
 * is retried and recorded; subscribers whose conversation is gone are marked inactive.
 */
import { CardFactory, MessageFactory } from 'botbuilder';
import type { Logger } from 'pino';
import type { Db } from '../../engine/store/db.ts';
import { activeSubscriptions, markGone } from '../../engine/service/subscriptions.ts';
import { businessDay, claimDay, finishDay, recordSend, type SummaryTrigger } from '../../engine/service/summary.ts';
import { buildSummaryReply, type SummaryCheckpoint } from '../../dialogs/status/summaryCard.ts';
import { supportsCards } from '../../dialogs/flow/card.ts';
import type { DirectoryPort, StatusPort } from '../../dialogs/ports.ts';
import type { BotMetrics } from '../metrics.ts';
import { DB_RETRY, retryOnConnectionLoss, type DbRetryPolicy } from '../retry.ts';
import { sendWithRetry, toConversationReference, type SendTarget } from './send.ts';

export interface DailySummaryDeps {
  db: Db;
  target: SendTarget;
  status: StatusPort;
  directory: DirectoryPort;
  /** Runs day-end reconciliation for the accounts due on `day` (the store's run service). */
  dayEnd: (day: string) => Promise<void>;
  metrics: BotMetrics;
  logger: Logger;
  now: () => Date;
  timeZone: string;
  instanceId: string;
  retry: { attempts: number; backoffMs: number };
  /** Retries of each database step when the connection is lost (default DB_RETRY). */
  dbRetry?: DbRetryPolicy;
  /** Takes and keeps a checkpoint of the audit log's head (bot/summary/checkpoint.ts). */
  checkpoint?: () => Promise<SummaryCheckpoint>;
}

export interface SummaryOutcome {
  sent: number;
  failed: number;
  gone: number;
  alreadySentToday: boolean;
}

export async function runDailySummary(deps: DailySummaryDeps, trigger: SummaryTrigger): Promise<SummaryOutcome> {
  const day = businessDay(deps.now(), deps.timeZone);
  const log = deps.logger.child({ summaryDay: day, trigger });
  // Each database step is atomic, so a step cut short by a lost connection is simply run again.
  const db = <T>(what: string, fn: () => Promise<T>): Promise<T> => retryOnConnectionLoss(`summary: ${what}`, fn, log, deps.dbRetry ?? DB_RETRY);
  if (!(await db('claim the day', () => claimDay(deps.db, day, deps.instanceId, trigger)))) {
    log.info('summary already claimed by another instance or sent today');
    return { sent: 0, failed: 0, gone: 0, alreadySentToday: true };
  }
  try {
    await deps.dayEnd(day);
  } catch (err) {
    // The summary still goes out: it then shows those accounts as due and not run.
    log.error({ err }, 'day-end reconciliation failed');
  }
  let checkpoint: SummaryCheckpoint | null = null;
  try {
    checkpoint = (await deps.checkpoint?.()) ?? null;
  } catch (err) {
    // A checkpoint not kept today is logged; the summary still goes out.
    log.error({ err }, 'audit log checkpoint failed');
  }
  const view = await db('status', () => deps.status.status({}));
  const out: SummaryOutcome = { sent: 0, failed: 0, gone: 0, alreadySentToday: false };
  for (const sub of await db('subscriptions', () => activeSubscriptions(deps.db))) {
    const person = await db('person', () => deps.directory.personOf(sub.channelUserId));
    if (person.role === 'customer') {
      // No longer staff: account data must not reach them.
      await db('mark gone', () => markGone(deps.db, sub.conversationKey, 'no longer staff'));
      continue;
    }
    const reply = buildSummaryReply(view, sub.lang, person.role, day, checkpoint);
    const activity = supportsCards(sub.reference) ? MessageFactory.attachment(CardFactory.adaptiveCard(reply.card)) : MessageFactory.text(reply.text);
    // sendWithRetry refuses group conversations and, in anonymous mode, serviceUrls off the allowlist.
    const result = await sendWithRetry(deps.target, toConversationReference(sub.reference), activity, deps.retry);
    await db('record the send', () => recordSend(deps.db, { day, conversationKey: sub.conversationKey, outcome: result.outcome, attempts: result.attempts, error: 'error' in result ? result.error : null, trigger }));
    if (result.outcome === 'sent') {
      out.sent++;
      deps.metrics.summariesSent.inc();
    } else {
      if (result.outcome === 'gone') {
        out.gone++;
        await db('mark gone', () => markGone(deps.db, sub.conversationKey, result.error));
      } else out.failed++;
      deps.metrics.summariesFailed.inc({ reason: result.outcome });
      log.warn({ conversation: sub.conversationKey, outcome: result.outcome, attempts: result.attempts, error: result.error }, 'summary not delivered');
    }
  }
  await db('finish the day', () => finishDay(deps.db, day));
  log.info(out, 'daily summary sent');
  return out;
}
