/**
 * Wraps every turn: per-conversation queue (no interleaving), a logger carrying the request and
 * conversation ids, metrics, and the error path (logged with a reference; the person gets a
 * polite message with that reference and never a stack trace).
 */
import { randomBytes } from 'node:crypto';
import type { TurnContext } from 'botbuilder';
import type { Logger } from 'pino';
import { fill, messages } from '../engine/i18n/index.ts';
import { replyLang } from '../dialogs/lang.ts';
import type { BotMetrics } from './metrics.ts';
import type { KeyedQueue } from './queue.ts';
import { withinTurn } from './ports/directory.ts';

export const LOGGER_KEY = Symbol('recon.logger');

export interface TurnRunnerDeps {
  bot: { run(context: TurnContext): Promise<void> };
  queue: KeyedQueue;
  metrics: BotMetrics;
  logger: Logger;
}

/** Returns, for one HTTP request id, the logic to hand to an adapter. */
export function createTurnRunner(deps: TurnRunnerDeps): (requestId: string) => (context: TurnContext) => Promise<void> {
  return (requestId) => async (context) => {
    const a = context.activity;
    const channel = a.channelId ?? 'unknown';
    const conv = a.conversation?.id ?? '';
    const log = deps.logger.child({ req: requestId, conv });
    context.turnState.set(LOGGER_KEY, log);
    const started = performance.now();
    await deps.queue.run(`${channel}:${conv}`, async () => {
      let outcome = 'ok';
      try {
        log.debug({ type: a.type, channel }, 'turn start');
        await withinTurn(() => deps.bot.run(context));
      } catch (err) {
        outcome = 'error';
        const ref = randomBytes(4).toString('hex');
        log.error({ err, ref, type: a.type, channel }, 'turn failed');
        if (a.type === 'message') {
          const t = messages(replyLang(typeof a.text === 'string' ? a.text : undefined, a.locale)).bot;
          await context.sendActivity(fill(t.error, { ref })).catch((e: unknown) => log.warn({ err: e, ref }, 'could not send the error reply'));
        }
      } finally {
        const seconds = (performance.now() - started) / 1000;
        deps.metrics.turns.inc({ channel, outcome });
        deps.metrics.turnSeconds.observe({ channel }, seconds);
        log.info({ type: a.type, channel, outcome, ms: Math.round(seconds * 1000) }, 'turn');
      }
    });
  };
}
