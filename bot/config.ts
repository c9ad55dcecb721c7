/**
 * The environment, read once and checked with zod. Only bot/ reads process.env; everything else
 * is handed what it needs. A bad value stops the start with one line naming the variable.
 */
import { z } from 'zod';
import { validate as validateCron } from 'node-cron';
import { FaqEnvShape } from './faq-env.ts';
import { signInIssues, SignInEnvShape } from './signin/env.ts';

const CliConfigSchema = z.object({
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL').optional(),
  RECON_DATA_DIR: z.string().min(1).default('./data'),
  RECON_LANG: z.enum(['zh-CN', 'en']).optional(),
  LANG: z.string().optional(),
  ...FaqEnvShape,
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

const LOOPBACK_ALLOWLIST = 'http://127.0.0.1,http://localhost,http://[::1]';

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
  /** Comma-separated serviceUrl prefixes the bot may reply to in anonymous mode. */
  BOT_SERVICE_URL_ALLOWLIST: z
    .string()
    .default(LOOPBACK_ALLOWLIST)
    .transform((s) => s.split(',').map((x) => x.trim()).filter((x) => x.length > 0))
    .pipe(z.array(z.url({ protocol: /^https?$/, error: 'each entry must be an http(s) URL' })).min(1)),
  DIRECTLINE_SECRET: z.string().min(16, 'must be at least 16 characters').optional(),
  SUMMARY_CRON: z.string().default('30 18 * * 1-5').refine((c) => validateCron(c), 'not a valid cron expression'),
  SUMMARY_TIMEZONE: z.string().default('Asia/Shanghai').refine(isTimeZone, 'not an IANA time zone'),
  SUMMARY_ENABLED: z.enum(['true', 'false']).default('true').transform((v) => v === 'true'),
  RECON_DEMO_SEED: z.enum(['true', 'false']).default('true').transform((v) => v === 'true'),
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
