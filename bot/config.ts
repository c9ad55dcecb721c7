/**
 * The environment, read once and checked with zod. Only bot/ reads process.env; everything else
 * is handed what it needs. A bad value stops the start with one line naming the variable.
 */
import { z } from 'zod';
import { validate as validateCron } from 'node-cron';
import type { RetentionAges } from '../engine/service/retention.ts';
import { isIP } from 'node:net';
import { FaqEnvShape } from './faq-env.ts';
import { DEFAULT_DATA_DIR, dataDirFromRoot } from './paths.ts';
import { parseAllowlistEntry } from './allowlist.ts';
import { signInIssues, SignInEnvShape } from './signin/env.ts';

const CliConfigSchema = z.object({
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL').optional(),
  /** Default: data/ in the project root; a relative path is taken from the project root, not the current folder. */
  RECON_DATA_DIR: z.string().min(1).default(DEFAULT_DATA_DIR).transform(dataDirFromRoot),
  RECON_LANG: z.enum(['zh-CN', 'en']).optional(),
  LANG: z.string().optional(),
  /** The audit log's key (HMAC-SHA256); unset: an unkeyed chain, which `recon audit verify` says. */
  RECON_AUDIT_KEY: z.string().min(32, 'must be at least 32 characters').optional(),
  /** Keys before a rotation, comma-separated: rows written with them still verify. */
  RECON_AUDIT_OLD_KEYS: z.string().transform((s) => s.split(',').map((x) => x.trim()).filter((x) => x !== ''))
    .pipe(z.array(z.string().min(32, 'each key must be at least 32 characters'))).optional(),
  /** Where checkpoints of the audit log's head are appended (one JSON line each). */
  RECON_AUDIT_CHECKPOINT_FILE: z.string().min(1).optional(),
  /** `recon` only: a fixed clock (ISO 8601 with a zone, 2026-11-26T14:58:00Z) for reproducible examples and tests. */
  RECON_NOW: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/, 'must be an ISO 8601 date-time with a zone, e.g. 2026-11-26T14:58:00Z')
    .refine((s) => !Number.isNaN(Date.parse(s)), 'not a real date-time')
    .optional(),
  ...FaqEnvShape,
  /** Days an idle Direct Line conversation (with its activities) is kept; 0 keeps it for ever. */
  RETENTION_DIRECTLINE_DAYS: z.coerce.number().int().min(0).max(36_500).default(30),
  /** Days the dialog state of an idle conversation is kept; 0 keeps it for ever. */
  RETENTION_BOT_STATE_DAYS: z.coerce.number().int().min(0).max(36_500).default(90),
  /** Days FAQ questions asked in chat (and their votes) are kept; 0 keeps them for ever. */
  RETENTION_FAQ_DAYS: z.coerce.number().int().min(0).max(36_500).default(365),
});
export type CliConfig = z.infer<typeof CliConfigSchema>;

/** Parses env or exits the process with one clear line naming every bad variable. */
export function parseEnv<S extends z.ZodType>(schema: S, env: NodeJS.ProcessEnv): z.infer<S> {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const result = schema.safeParse(cleaned);
  if (result.success) return result.data;
  const problems = result.error.issues.map((i) => `${i.path.join('.') || '(env)'}: ${i.message}`).join('; ');
  process.stderr.write(`configuration error: ${problems}\n`);
  process.exit(78);
}

export function loadCliConfig(env: NodeJS.ProcessEnv): CliConfig {
  return parseEnv(CliConfigSchema, env);
}

/** The retention ages (RETENTION_*_DAYS), the same for the bot's nightly pass and `recon prune`. */
export function retentionAges(config: CliConfig): RetentionAges {
  return { directLineDays: config.RETENTION_DIRECTLINE_DAYS, botStateDays: config.RETENTION_BOT_STATE_DAYS, faqDays: config.RETENTION_FAQ_DAYS };
}

/** The Bot Framework's OpenID metadata for tokens from channels to bots (public Azure cloud). */
export const BOT_FRAMEWORK_OPENID_METADATA_URL = 'https://login.botframework.com/v1/.well-known/openidconfiguration';

/** Entries are `scheme://host[:port|:*][/path]`; see bot/allowlist.ts. */
const AllowlistEntry = z.string().refine((e) => parseAllowlistEntry(e) !== null, 'each entry must be an http(s) origin, optionally with :port or :* and a path');

/** `https://a.example, http://localhost:3978` → origins, each checked to be a bare http(s) origin. */
const OriginList = z
  .string()
  .transform((s) => s.split(',').map((x) => x.trim()).filter((x) => x.length > 0))
  .pipe(z.array(z.string().refine(isBareOrigin, 'each entry must be an origin such as https://recon.bank.example (no path)')).min(1));

function isBareOrigin(s: string): boolean {
  try {
    const u = new URL(s);
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.origin === s.replace(/\/$/, '') && u.username === '' && u.password === '';
  } catch {
    return false;
  }
}

function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

const BotConfigSchema = CliConfigSchema.extend({
  PORT: z.coerce.number().int().min(0).max(65535).default(3978),
  /** Listening address; defaults to loopback in anonymous mode, all interfaces otherwise. */
  HOST: z.string().min(1).optional(),
  MicrosoftAppId: z.string().min(1).optional(),
  MicrosoftAppPassword: z.string().min(1).optional(),
  MicrosoftAppType: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).default('MultiTenant'),
  MicrosoftAppTenantId: z.string().min(1).optional(),
  /** Where the channel's signing keys are published (OpenID metadata -> jwks_uri); tests point it at a local one. */
  BOT_OPENID_METADATA_URL: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).default(BOT_FRAMEWORK_OPENID_METADATA_URL),
  /**
   * Comma-separated serviceUrls the bot may reply to in anonymous mode (every proactive send checks
   * it too). Empty by default: an anonymous /api/messages answers 403 until the connector is named.
   */
  BOT_SERVICE_URL_ALLOWLIST: z
    .string()
    .default('')
    .transform((s) => s.split(',').map((x) => x.trim()).filter((x) => x.length > 0))
    .pipe(z.array(AllowlistEntry)),
  /**
   * Origins people open the Web Chat page and Direct Line at (Host and Origin headers are checked
   * against them). Unset: the loopback names with the listening port.
   */
  PUBLIC_ORIGINS: OriginList.optional(),
  /** Addresses of reverse proxies whose X-Forwarded-For is believed (unset: none, the socket address counts). */
  TRUST_PROXY: z
    .string()
    .transform((s) => s.split(',').map((x) => x.trim()).filter((x) => x.length > 0))
    .pipe(z.array(z.string().refine((a) => isIP(a) !== 0, 'each entry must be an IP address')))
    .optional(),
  /** Requests per minute from one client address to /api/messages and Direct Line. */
  RATE_LIMIT_IP_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(1200),
  /** Messages (and Direct Line tokens) per minute from one person. */
  RATE_LIMIT_USER_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(60),
  /** Largest request body accepted, in bytes. */
  HTTP_MAX_BODY_BYTES: z.coerce.number().int().min(1024).max(16 * 1024 * 1024).default(512 * 1024),
  /** Deepest JSON nesting accepted in a request body. */
  HTTP_MAX_JSON_DEPTH: z.coerce.number().int().min(8).max(512).default(64),
  /** Longest a request body may take to arrive, in seconds (408 and the connection closed beyond). */
  HTTP_BODY_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
  /** Largest statement file accepted in chat (a Direct Line upload, or an attachment fetched from another channel), in bytes. */
  UPLOAD_MAX_BYTES: z.coerce.number().int().min(1024).max(64 * 1024 * 1024).default(5 * 1024 * 1024),
  DIRECTLINE_SECRET: z.string().min(16, 'must be at least 16 characters').optional(),
  /** Bearer token a Prometheus scraper sends for /metrics; unset: /metrics answers only on loopback. */
  METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  /**
   * Approvals of a difference whose amount (absolute, in the account's currency) is above this
   * take a second step that restates account, amount and action before approving.
   */
  APPROVAL_CONFIRM_ABOVE: z.string().regex(/^\d{1,15}(\.\d{1,4})?$/, 'must be a non-negative amount such as 10000.00').default('10000.00'),
  SUMMARY_CRON: z.string().default('30 18 * * 1-5').refine((c) => validateCron(c), 'not a valid cron expression'),
  SUMMARY_TIMEZONE: z.string().default('Asia/Shanghai').refine(isTimeZone, 'not an IANA time zone'),
  SUMMARY_ENABLED: z.enum(['true', 'false']).default('true').transform((v) => v === 'true'),
  /** When the nightly retention pass runs (in SUMMARY_TIMEZONE). */
  RETENTION_CRON: z.string().default('40 2 * * *').refine((c) => validateCron(c), 'not a valid cron expression'),
  /** Seed demo data into an empty store. Unset: only in demo mode (anonymous, on loopback). */
  RECON_DEMO_SEED: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  // Web Chat sign-in through the bank's OpenID Provider (OIDC_*, SESSION_*): bot/signin/env.ts.
  ...SignInEnvShape,
}).superRefine((c, ctx) => {
  signInIssues(c, ctx);
  if (c.MicrosoftAppId && !c.MicrosoftAppPassword && c.MicrosoftAppType !== 'UserAssignedMSI')
    ctx.addIssue({ code: 'custom', path: ['MicrosoftAppPassword'], message: 'required when MicrosoftAppId is set' });
  if (c.MicrosoftAppType !== 'MultiTenant' && !c.MicrosoftAppTenantId)
    ctx.addIssue({ code: 'custom', path: ['MicrosoftAppTenantId'], message: `required when MicrosoftAppType is ${c.MicrosoftAppType}` });
  if (!c.MicrosoftAppId && c.MicrosoftAppPassword)
    ctx.addIssue({ code: 'custom', path: ['MicrosoftAppId'], message: 'required when MicrosoftAppPassword is set' });
});
export type BotConfig = z.infer<typeof BotConfigSchema>;

/** Parses the bot's environment; returns the problems as one line instead of exiting (tests). */
export function parseBotConfig(env: NodeJS.ProcessEnv): { ok: true; config: BotConfig } | { ok: false; message: string } {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const result = BotConfigSchema.safeParse(cleaned);
  if (result.success) return { ok: true, config: result.data };
  const problems = result.error.issues.map((i) => `${i.path.join('.') || '(env)'}: ${i.message}`).join('; ');
  return { ok: false, message: `configuration error: ${problems}` };
}

/** The bot's configuration, or exit 78 with one line naming every bad variable. */
export function loadBotConfig(env: NodeJS.ProcessEnv): BotConfig {
  return parseEnv(BotConfigSchema, env);
}

/** The address the server listens on: loopback in anonymous mode unless HOST says otherwise. */
export function listenHost(config: BotConfig): string {
  return config.HOST ?? (config.MicrosoftAppId ? '0.0.0.0' : '127.0.0.1');
}

/** True for a loopback address or name: 127.0.0.0/8, ::1, localhost. */
export function isLoopback(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  if (h === 'localhost' || h === '::1' || h === '0:0:0:0:0:0:0:1') return true;
  return isIP(h) === 4 && h.startsWith('127.');
}

/**
 * The mode the bot runs in:
 * - `demo`: anonymous (no MicrosoftAppId) on loopback; the only way anonymous mode runs;
 * - `production`: MicrosoftAppId set (Teams); /api/messages demands a Bot Framework token;
 * - `refused`: anonymous on a non-loopback HOST: anyone on the network could call the bot
 *   unauthenticated, so `npm start` stops (exit 78).
 */
export function botMode(config: BotConfig): 'demo' | 'production' | 'refused' {
  if (config.MicrosoftAppId) return 'production';
  return isLoopback(listenHost(config)) ? 'demo' : 'refused';
}

/** Demo data is seeded in demo mode, or when RECON_DEMO_SEED=true says so explicitly. */
export function seedsDemo(config: BotConfig): boolean {
  return config.RECON_DEMO_SEED ?? botMode(config) === 'demo';
}

/**
 * Whether the Web Chat page and Direct Line are served. Anonymous (demo) mode: yes, on loopback.
 * Teams mode: only when a person is authenticated there, by a Direct Line secret or an
 * identity provider; otherwise anyone reaching the server could open a conversation as anyone.
 */
export function webChatExposure(config: BotConfig, idpConfigured = false): 'open-loopback' | 'secret' | 'idp' | 'off' {
  if (idpConfigured) return 'idp';
  if (config.DIRECTLINE_SECRET) return 'secret';
  return config.MicrosoftAppId ? 'off' : 'open-loopback';
}

/** Origins allowed in Host/Origin headers for `/` and Direct Line: PUBLIC_ORIGINS or loopback with `port`. */
export function publicOrigins(config: BotConfig, port: number): string[] {
  return config.PUBLIC_ORIGINS ?? ['localhost', '127.0.0.1', '[::1]'].map((h) => `http://${h}:${port}`);
}
