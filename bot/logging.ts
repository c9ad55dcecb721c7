/**
 * Structured logs (pino, one JSON object per line). Account numbers never reach a log line in
 * full: every run of 8 or more digits in a message or field (outside a UUID) is cut to its last four.
 */
import pino, { type Logger } from 'pino';

/** A UUID (a request or conversation id) or a run of 8 or more digits; only the second is cut. */
const LONG_NUMBER = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\d{8,}/gi;

/**
 * `6222021234567890` → `****7890`; shorter digit runs (amounts, dates, counts) stay, and so does a
 * UUID whose first group happens to be all digits (`12347485-…`), so a request id stays findable.
 */
export function maskNumbers(text: string): string {
  return text.replace(LONG_NUMBER, (match) => (match.includes('-') ? match : `****${match.slice(-4)}`));
}

function maskDeep(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return maskNumbers(value);
  if (depth > 6 || value === null || typeof value !== 'object') return value;
  if (value instanceof Error) return { type: value.name, message: maskNumbers(value.message), code: (value as { code?: unknown }).code };
  if (Array.isArray(value)) return value.map((v) => maskDeep(v, depth + 1));
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, maskDeep(v, depth + 1)]));
}

/** The bot's root logger; `destination` lets tests capture the lines. */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  const options: pino.LoggerOptions = {
    level,
    base: { svc: 'recon-bot' },
    formatters: { log: (obj) => maskDeep(obj) as Record<string, unknown> },
    hooks: {
      logMethod(args, method) {
        const masked = args.map((a) => (typeof a === 'string' ? maskNumbers(a) : a)) as Parameters<typeof method>;
        method.apply(this, masked);
      },
    },
  };
  return destination ? pino(options, destination) : pino(options);
}
