/**
 * Prometheus metrics for the bank's monitoring (GET /metrics). One registry per app instance so
 * two instances in one test process do not share counters.
 */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

export interface BotMetrics {
  registry: Registry;
  turns: Counter<'channel' | 'outcome'>;
  turnSeconds: Histogram<'channel'>;
  summariesSent: Counter;
  summariesFailed: Counter<'reason'>;
}

/**
 * Creates the registry. `openDifferences` is asked at scrape time for the current count of open
 * differences by kind, so the gauge is never stale.
 */
export function createMetrics(openDifferences: () => Promise<Array<{ kind: string; count: number }>>, withDefaults = true): BotMetrics {
  const registry = new Registry();
  if (withDefaults) collectDefaultMetrics({ register: registry, prefix: 'recon_bot_' });
  const turns = new Counter({
    name: 'recon_bot_turns_total',
    help: 'Bot turns processed, by channel and outcome (ok, error).',
    labelNames: ['channel', 'outcome'] as const,
    registers: [registry],
  });
  const turnSeconds = new Histogram({
    name: 'recon_bot_turn_duration_seconds',
    help: 'Time from receiving an activity to the end of its turn (replies sent).',
    labelNames: ['channel'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  const summariesSent = new Counter({
    name: 'recon_bot_summaries_sent_total',
    help: 'Daily summaries delivered to subscribers.',
    registers: [registry],
  });
  const summariesFailed = new Counter({
    name: 'recon_bot_summaries_failed_total',
    help: 'Daily summaries not delivered after retries, by reason (failed, gone).',
    labelNames: ['reason'] as const,
    registers: [registry],
  });
  new Gauge({
    name: 'recon_open_differences',
    help: 'Open (unresolved) differences across all accounts, by kind.',
    labelNames: ['kind'] as const,
    registers: [registry],
    async collect() {
      this.reset();
      for (const { kind, count } of await openDifferences()) this.set({ kind }, count);
    },
  });
  return { registry, turns, turnSeconds, summariesSent, summariesFailed };
}
