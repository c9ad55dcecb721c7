/**
 * `recon reconcile --bank FILE --ledger FILE`: reads both files (all or nothing), reconciles them
 * and prints the readable report (or, with --json, the JSON report; --out writes the JSON report
 * to a file). A bad option or an unreadable file prints one line on stderr and exits 2; no report
 * is written then, not even part of one.
 */
import { closeSync, openSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { z } from 'zod';
import type { Command } from 'commander';
import { EngineError } from '../errors.ts';
import { fill, messages, type Lang } from '../i18n/index.ts';
import { reconcile, type GivenOpenings, type Reconciliation } from '../reconcile.ts';
import { Decimal } from '../money.ts';
import { InputFormatSchema, ReconcileOptionsSchema, type ReconcileOptions, type Side, type Statement } from '../model.ts';
import { parseStatements } from '../parse/index.ts';
import { describeError } from '../parse/describe.ts';
import type { CsvProfile } from '../parse/profile.ts';
import { reconciliationJsonChunks } from '../report/serialise.ts';
import { renderTextReport } from '../report/text.ts';
import type { CliContext } from './context.ts';
import { openInput, readProfile } from './input.ts';
import { refuse } from './refuse.ts';
import type { Register } from './program.ts';
import { writeChunks, writeChunksSync, writeFailure } from './write.ts';

/** An opening balance as typed: signed decimal, an overdrawn account's book balance may be negative. */
const OPENING = /^[+-]?\d+(\.\d+)?$/;

const FlagsSchema = z.object({
  bank: z.string().min(1),
  ledger: z.string().min(1),
  bankFormat: InputFormatSchema.default('auto'),
  ledgerFormat: z.enum(['auto', 'csv']).default('auto'),
  bankProfile: z.string().min(1).optional(),
  ledgerProfile: z.string().min(1).optional(),
  dateWindow: z.string().regex(/^\d+$/, 'a whole number of days').optional(),
  amountTolerance: z.string().optional(),
  dateBasis: z.string().optional(),
  bankOpening: z.string().regex(OPENING).optional(),
  ledgerOpening: z.string().regex(OPENING).optional(),
  json: z.boolean().default(false),
  out: z.string().min(1).optional(),
  lang: z.enum(['zh-CN', 'en']).optional(),
});
type Flags = z.infer<typeof FlagsSchema>;

const FLAG_NAMES: Readonly<Record<string, string>> = {
  bankFormat: '--bank-format',
  ledgerFormat: '--ledger-format',
  dateWindow: '--date-window',
  dateWindowDays: '--date-window',
  amountTolerance: '--amount-tolerance',
  dateBasis: '--date-basis',
  lang: '--lang',
  bankProfile: '--bank-profile',
  ledgerProfile: '--ledger-profile',
  bankOpening: '--bank-opening',
  ledgerOpening: '--ledger-opening',
};

function firstIssue(ctx: CliContext, lang: Lang, error: z.ZodError): never {
  const issue = error.issues[0]!;
  const key = String(issue.path[0] ?? '');
  const reasons: Readonly<Record<string, string>> = messages(lang).reconcileCli.reasons;
  refuse(ctx, fill(messages(lang).reconcileCli.badOption, { option: FLAG_NAMES[key] ?? `--${key}`, reason: reasons[key] ?? issue.message }));
}

function reconcileOptions(ctx: CliContext, lang: Lang, flags: Flags): ReconcileOptions {
  const parsed = ReconcileOptionsSchema.safeParse({
    dateWindowDays: flags.dateWindow === undefined ? undefined : Number(flags.dateWindow),
    amountTolerance: flags.amountTolerance ?? null,
    dateBasis: flags.dateBasis,
  });
  if (!parsed.success) firstIssue(ctx, lang, parsed.error);
  if (parsed.data.amountTolerance?.startsWith('-')) {
    refuse(ctx, fill(messages(lang).reconcileCli.badOption, { option: '--amount-tolerance', reason: messages(lang).reconcileCli.reasons.amountTolerance }));
  }
  return parsed.data;
}

async function loadProfile(ctx: CliContext, lang: Lang, file: string | undefined): Promise<CsvProfile | undefined> {
  if (file === undefined) return undefined;
  try {
    return await readProfile(file);
  } catch (err) {
    if (err instanceof EngineError) refuse(ctx, describeError(err, lang));
    throw err;
  }
}

function readSide(side: Side, file: string, format: Flags['bankFormat'], profile: CsvProfile | undefined): Promise<Statement[]> {
  try {
    return parseStatements(openInput(file), { fileName: file, format, side, ...(profile ? { profile } : {}) });
  } catch (err) {
    return Promise.reject(err instanceof Error ? err : new Error(String(err)));
  }
}

/**
 * Reads both files at once (one file's chunks are parsed while the other's are being read);
 * when either is bad, the bank file's problem is the one reported, as when read one by one.
 */
async function readBoth(ctx: CliContext, lang: Lang, flags: Flags, bankProfile: CsvProfile | undefined, ledgerProfile: CsvProfile | undefined): Promise<[Statement[], Statement[]]> {
  const [bank, ledger] = await Promise.allSettled([
    readSide('bank', flags.bank, flags.bankFormat, bankProfile),
    readSide('ledger', flags.ledger, flags.ledgerFormat, ledgerProfile),
  ]);
  for (const r of [bank, ledger]) {
    if (r.status === 'fulfilled') continue;
    if (r.reason instanceof EngineError) refuse(ctx, describeError(r.reason, lang));
    throw r.reason;
  }
  if (bank.status !== 'fulfilled' || ledger.status !== 'fulfilled') throw new Error('unreachable: a rejected read was rethrown');
  return [bank.value, ledger.value];
}

/**
 * Writes the report next to FILE first and renames it, so FILE is never left half written. The
 * writes are synchronous (the command has nothing else to do meanwhile), so the report's byte
 * pages are reused instead of allocated anew (about 0.1 s less at a million lines).
 */
async function writeReportFile(file: string, r: Reconciliation): Promise<void> {
  const temp = `${file}.partial-${process.pid}`;
  let fd: number | null = null;
  try {
    fd = openSync(temp, 'w');
    writeChunksSync(fd, reconciliationJsonChunks(r, true));
    closeSync(fd);
    fd = null;
    await rename(temp, file);
  } catch (err) {
    if (fd !== null) closeSync(fd);
    await rm(temp, { force: true });
    throw err;
  }
}

/**
 * `--bank-opening` / `--ledger-opening`: a person's figure for a side whose files state no
 * opening (a journal without a balance column); a file's own opening still wins, and the
 * report names the gap.
 */
function givenOpenings(flags: Flags): GivenOpenings {
  const given = (amount: string | undefined) => (amount === undefined ? undefined : { amount: new Decimal(amount), source: 'set' as const, asOf: null, setBy: null, period: null });
  const bank = given(flags.bankOpening);
  const ledger = given(flags.ledgerOpening);
  return { ...(bank ? { bank } : {}), ...(ledger ? { ledger } : {}) };
}

async function run(ctx: CliContext, raw: Record<string, unknown>): Promise<void> {
  const pre = FlagsSchema.safeParse(raw);
  const lang: Lang = pre.success && pre.data.lang ? pre.data.lang : ctx.lang;
  if (!pre.success) firstIssue(ctx, lang, pre.error);
  const flags = pre.data;
  const options = reconcileOptions(ctx, lang, flags);
  const bankProfile = await loadProfile(ctx, lang, flags.bankProfile);
  const ledgerProfile = await loadProfile(ctx, lang, flags.ledgerProfile);
  const [bank, ledger] = await readBoth(ctx, lang, flags, bankProfile, ledgerProfile);
  let result: Reconciliation;
  try {
    result = reconcile(bank, ledger, options, givenOpenings(flags));
  } catch (err) {
    // Two files that cannot be reconciled together (different currencies, a repeated id) are bad input.
    if (err instanceof EngineError) refuse(ctx, describeError(err, lang));
    throw err;
  }
  if (flags.out !== undefined) {
    try {
      await writeReportFile(flags.out, result);
    } catch (err) {
      const reason = writeFailure(err, lang);
      if (reason === null) throw err;
      refuse(ctx, fill(messages(lang).reconcileCli.cannotWrite, { file: flags.out, reason }));
    }
  }
  if (flags.json) await writeChunks(ctx.stdout, reconciliationJsonChunks(result));
  else await writeChunks(ctx.stdout, [renderTextReport(result, lang)]);
}

export const registerReconcile: Register = (program: Command, ctx: CliContext) => {
  const t = messages(ctx.lang).reconcileCli;
  program
    .command('reconcile')
    .description(t.description)
    .requiredOption('--bank <file>', t.bank)
    .requiredOption('--ledger <file>', t.ledger)
    .option('--bank-format <format>', t.bankFormat)
    .option('--ledger-format <format>', t.ledgerFormat)
    .option('--bank-profile <file>', t.bankProfile)
    .option('--ledger-profile <file>', t.ledgerProfile)
    .option('--date-window <days>', t.dateWindow)
    .option('--amount-tolerance <decimal>', t.amountTolerance)
    .option('--date-basis <basis>', t.dateBasis)
    .option('--bank-opening <amount>', t.bankOpening)
    .option('--ledger-opening <amount>', t.ledgerOpening)
    .option('--json', t.json)
    .option('--out <file>', t.out)
    .option('--lang <lang>', t.lang)
    .action(async (opts: Record<string, unknown>) => run(ctx, opts));
};
