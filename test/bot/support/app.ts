/**
 * A running bot for the HTTP-level tests: a fresh database with the demo data, the real app on
 * an ephemeral loopback port, logs captured in memory.
 */
import { Writable } from 'node:stream';
import { createBotApp, type BotApp } from '../../../bot/app.ts';
import { parseBotConfig, type BotConfig } from '../../../bot/config.ts';
import { seedDemoIfEmpty } from './demo.ts';
import { createLogger } from '../../../bot/logging.ts';
import { dayEndRunner } from '../../../bot/ports/dayEnd.ts';
import { noFaq } from '../../support/noFaq.ts';
import { openDifferencesByKind } from '../../../bot/ports/openDifferences.ts';
import { statusPort } from '../../../bot/ports/status.ts';
import type { FaqPort } from '../../../dialogs/ports.ts';
import type { Db } from '../../../engine/store/db.ts';
import { openTestDb, type TestDb } from './db.ts';

/** A fixed clock: a Thursday, 18:30 in Shanghai. */
export const NOW = new Date('2026-11-26T10:30:00.000Z');

export interface RunningBot {
  url: string;
  app: BotApp;
  db: Db;
  config: BotConfig;
  logs: string[];
  close(): Promise<void>;
}

/**
 * The test bot's configuration. Test connectors listen on ephemeral loopback ports, hence the
 * explicit any-port allowlist; the suites send far more than a person's 60 messages a minute, hence
 * the high rate limits (test/bot/edge.test.ts checks the limits and the strict allowlist).
 */
export function testConfig(env: Record<string, string> = {}): BotConfig {
  const parsed = parseBotConfig({
    PORT: '0',
    LOG_LEVEL: 'info',
    BOT_SERVICE_URL_ALLOWLIST: 'http://127.0.0.1:*',
    RATE_LIMIT_IP_PER_MINUTE: '1000000',
    RATE_LIMIT_USER_PER_MINUTE: '1000000',
    ...env,
  });
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.config;
}

export async function startBot(options: {
  engine?: 'pglite' | 'pg';
  env?: Record<string, string>;
  db?: Db;
  faq?: FaqPort;
  seed?: boolean;
  retry?: { attempts: number; backoffMs: number };
  instanceId?: string;
  /** The bot's clock (NOW when not given). */
  now?: () => Date;
  /** Loopback port (an ephemeral one when not given). */
  port?: number;
} = {}): Promise<RunningBot> {
  const owned: TestDb | null = options.db ? null : await openTestDb(options.engine ?? 'pglite');
  const db = options.db ?? owned!.db;
  const now = options.now ?? ((): Date => NOW);
  if (options.seed !== false) await seedDemoIfEmpty(db, now);
  const config = testConfig(options.env);
  const logs: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, cb) {
      logs.push(...chunk.toString('utf8').split('\n').filter((l) => l.length > 0));
      cb();
    },
  });
  const logger = createLogger(config.LOG_LEVEL, sink);
  const app = createBotApp({
    config, db, logger, version: 'test', now,
    status: statusPort(db, now, config.SUMMARY_TIMEZONE),
    faq: options.faq ?? noFaq,
    dayEnd: dayEndRunner(db, now, logger),
    openDifferences: openDifferencesByKind(db),
    processMetrics: false,
    retry: options.retry ?? { attempts: 3, backoffMs: 5 },
    ...(options.instanceId ? { instanceId: options.instanceId } : {}),
  });
  const url = await app.listen(options.port ?? 0, '127.0.0.1');
  return {
    url, app, db, config, logs,
    async close() {
      await app.close();
      await owned?.drop();
    },
  };
}

let counter = 0;

/** A Bot Framework message activity as a channel would post it. */
export function activity(serviceUrl: string, fields: { text?: string; from?: string; conversation?: string; value?: unknown; type?: string; locale?: string }): Record<string, unknown> {
  counter++;
  return {
    type: fields.type ?? 'message',
    id: `act-${counter}`,
    timestamp: new Date().toISOString(),
    serviceUrl,
    channelId: 'emulator',
    from: { id: fields.from ?? 'demo-staff', name: 'user' },
    recipient: { id: 'recon-bot', name: 'bot' },
    conversation: { id: fields.conversation ?? `conv-${counter}` },
    locale: fields.locale ?? 'zh-CN',
    ...(fields.text !== undefined ? { text: fields.text } : {}),
    ...(fields.value !== undefined ? { value: fields.value } : {}),
  };
}

/** Posts JSON (or raw text) to the bot; returns status and body text. */
export async function post(url: string, body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; text: string }> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: res.status, text: await res.text() };
}

/** The text of a reply: its text, or its Adaptive Card's fallback text. */
export function replyText(a: Record<string, unknown>): string {
  if (typeof a.text === 'string') return a.text;
  const atts = Array.isArray(a.attachments) ? a.attachments : [];
  return atts
    .map((x: { content?: { fallbackText?: string } }) => x.content?.fallbackText ?? '')
    .join('\n');
}
