/**
 * Retries a piece of scheduled work whose database connection was lost (a restart, a fail-over,
 * an administrator ending the session): a bounded number of attempts with doubling waits, each
 * logged. Any other error is not retried: it is the work's own failure and is thrown at once.
 * Only work that is atomic or idempotent is wrapped (a claim, one run, one send record).
 */
import type { Logger } from 'pino';
import { isConnectionLoss } from '../engine/store/db.ts';

export interface DbRetryPolicy {
  /** Attempts in all, the first included. */
  attempts: number;
  /** Wait before the second attempt; doubles each time, capped by maxDelayMs. */
  baseDelayMs: number;
  maxDelayMs: number;
}

export const DB_RETRY: DbRetryPolicy = { attempts: 6, baseDelayMs: 1000, maxDelayMs: 30_000 };

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export async function retryOnConnectionLoss<T>(what: string, fn: () => Promise<T>, logger: Logger, policy: DbRetryPolicy = DB_RETRY): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (err) {
      if (!isConnectionLoss(err) || attempt >= policy.attempts) throw err;
      const delay = Math.min(policy.baseDelayMs * 2 ** (attempt - 1), policy.maxDelayMs);
      logger.warn({ err, what, attempt, of: policy.attempts, retryInMs: delay }, 'database connection lost; retrying');
      await sleep(delay);
    }
  }
}
