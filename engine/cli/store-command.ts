/**
 * What the store's commands share: open the store, run, close; turn a refused action into one
 * line on stderr in the user's language (nothing written: every service call is one transaction);
 * flags checked with zod; `--as` for who acts.
 */
import { EngineError } from '../errors.ts';
import { fill, messages, type Lang } from '../i18n/index.ts';
import { describeError } from '../parse/describe.ts';
import { describeStoreError } from '../service/describe-error.ts';
import type { Role } from '../service/lifecycle.ts';
import { requireRole } from '../service/users.ts';
import { withAudit, type Db } from '../store/db.ts';
import type { CliContext } from './context.ts';
import { refuse } from './refuse.ts';

/** The language of this invocation: --lang (zh-CN or en; anything else is refused), else the context's. */
export function langOf(ctx: CliContext, raw: Record<string, unknown>): Lang {
  const l = raw['lang'];
  if (l === undefined) return ctx.lang;
  if (l === 'en' || l === 'zh-CN') return l;
  return badOption(ctx, ctx.lang, '--lang', l);
}

/** Refuses an option whose value is not acceptable. */
export function badOption(ctx: CliContext, lang: Lang, option: string, value: unknown): never {
  refuse(ctx, fill(messages(lang).store.out.badOption, { option, value: String(value ?? '') }));
}

/** The acting person from --as, or a refusal. */
export function actorOf(ctx: CliContext, lang: Lang, raw: Record<string, unknown>): string {
  const as = raw['as'];
  if (typeof as !== 'string' || as.trim() === '') refuse(ctx, messages(lang).store.out.needAs);
  return as.trim();
}

/** Who a command records as acting when --as is not given: the command line itself (the OS user is in every audit row). */
export const CLI_ACTOR = 'cli';

/**
 * The acting person of a command where --as is optional: without it the command line acts
 * (CLI_ACTOR; the audit row names the OS user); with it, a registered person holding at least
 * `needed`, else one line (STORE.UNKNOWN_USER, STORE.ROLE_REQUIRED) and nothing written.
 */
export async function actingAs(db: Db, raw: Record<string, unknown>, needed: Role, command: string): Promise<string> {
  const as = raw['as'];
  if (as === undefined) return CLI_ACTOR;
  return (await requireRole(db, String(as).trim(), needed, command)).channelUserId;
}
/** The store could not be opened: not reachable, held by another process, a damaged embedded folder. */
export const STORE_NOT_OPENED: ReadonlySet<string> = new Set(['STORE.UNAVAILABLE', 'STORE.DATA_DIR_IN_USE', 'STORE.DATA_DIR_DAMAGED']);

/** Exit code when the store cannot be opened (sysexits EX_UNAVAILABLE): try again once it is there. */
export const EXIT_UNAVAILABLE = 69;

/**
 * Opens the store; one localised line and exit 69 when it cannot be reached, opened, or is held
 * by another process (STORE.UNAVAILABLE, STORE.DATA_DIR_IN_USE).
 */
export async function openStoreFor(ctx: CliContext, lang: Lang): Promise<Db> {
  try {
    const db = await ctx.openDb();
    // Every audit row this command writes names the OS user who ran it (issue 15, part 3).
    return ctx.osUser ? withAudit(db, { ...db.audit, osUser: ctx.osUser }) : db;
  } catch (err) {
    if (err instanceof EngineError && STORE_NOT_OPENED.has(err.code)) {
      refuse(ctx, describeStoreError(err, lang), EXIT_UNAVAILABLE);
    }
    throw err;
  }
}

/** Opens the store, runs fn, closes it; store and parse errors become one localised line (exit 1 / 2, 69 when it cannot be opened). */
export async function withStore<T>(ctx: CliContext, lang: Lang, fn: (db: Db) => Promise<T>): Promise<T> {
  const db = await openStoreFor(ctx, lang);
  try {
    return await fn(db);
  } catch (err) {
    if (err instanceof EngineError && err.code.startsWith('PARSE.')) refuse(ctx, describeError(err, lang));
    if (err instanceof EngineError && err.code.startsWith('STORE.')) {
      refuse(ctx, describeStoreError(err, lang), 1);
    }
    throw err;
  } finally {
    await db.close();
  }
}

/** Writes a JSON value as one line. */
export function printJson(ctx: CliContext, value: unknown): void {
  ctx.stdout.write(`${JSON.stringify(value)}\n`);
}
