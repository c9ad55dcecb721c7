/**
 * `recon accounts add --account A --name N --currency C [--cycle ...] [settings]`,
 * `recon accounts set --account A --book-opening AMOUNT --as-of DATE --as ID` and
 * `recon accounts list [--json]`.
 */
import type { Command } from 'commander';
import { fill, messages } from '../i18n/index.ts';
import { addAccount, CycleSchema, listAccounts, updateAccountSettings, type Account } from '../service/accounts.ts';
import type { CliContext } from './context.ts';
import { isIsoDate } from '../service/period.ts';
import type { Register } from './program.ts';
import { isKnownCurrency } from '../money.ts';
import { actingAs, badOption, langOf, printJson, withStore } from './store-command.ts';

/** An account as JSON: amounts as strings. */
export function accountJson(a: Account): Record<string, unknown> {
  return {
    ...a, amountTolerance: a.amountTolerance?.toFixed() ?? null, writeOffLimit: a.writeOffLimit.toFixed(),
    bookOpening: a.bookOpening === null ? null : { amount: a.bookOpening.amount.toFixed(), asOf: a.bookOpening.asOf, setBy: a.bookOpening.setBy },
  };
}

/**
 * Changes an account's book opening (both flags, or neither): audited as account.update with
 * who set it. A bad amount or date is one line naming the flag.
 */
async function set(ctx: CliContext, raw: Record<string, unknown>): Promise<void> {
  const lang = langOf(ctx, raw);
  const opening = raw['bookOpening'];
  const asOf = raw['asOf'];
  if (opening !== undefined && !/^[+-]?\d+(\.\d+)?$/.test(String(opening))) badOption(ctx, lang, '--book-opening', opening);
  if (asOf !== undefined && !isIsoDate(String(asOf))) badOption(ctx, lang, '--as-of', asOf);
  if ((opening === undefined) !== (asOf === undefined)) badOption(ctx, lang, opening === undefined ? '--book-opening' : '--as-of', '');
  await withStore(ctx, lang, async (db) => {
    const actor = await actingAs(db, raw, 'admin', 'accounts set');
    const patch = opening === undefined ? {} : { bookOpening: String(opening), bookOpeningAsOf: String(asOf) };
    const a = await updateAccountSettings(db, String(raw['account']), patch, actor, ctx.now());
    if (raw['json']) return printJson(ctx, accountJson(a));
    const o = messages(lang).store.out;
    ctx.stdout.write(`${fill(o.accountUpdated, { account: a.number, name: a.name })}\n`);
    if (a.bookOpening !== null) ctx.stdout.write(`${fill(o.bookOpening, { amount: a.bookOpening.amount.toFixed(), asOf: a.bookOpening.asOf, by: a.bookOpening.setBy })}\n`);
  });
}

async function add(ctx: CliContext, raw: Record<string, unknown>): Promise<void> {
  const lang = langOf(ctx, raw);
  const dateWindow = raw['dateWindow'] === undefined ? undefined : Number(raw['dateWindow']);
  if (dateWindow !== undefined && !Number.isInteger(dateWindow)) badOption(ctx, lang, '--date-window', raw['dateWindow']);
  const cycle = raw['cycle'] === undefined ? undefined : CycleSchema.safeParse(raw['cycle']);
  if (cycle && !cycle.success) badOption(ctx, lang, '--cycle', raw['cycle']);
  if (!isKnownCurrency(String(raw['currency']).toUpperCase())) badOption(ctx, lang, '--currency', raw['currency']);
  await withStore(ctx, lang, async (db) => {
    const input = {
      number: String(raw['account']), name: String(raw['name']), currency: String(raw['currency']).toUpperCase(),
      ...(cycle?.success ? { cycle: cycle.data } : {}),
      ...(raw['branch'] !== undefined ? { branch: String(raw['branch']) } : {}),
      ...(raw['customer'] !== undefined ? { customer: String(raw['customer']) } : {}),
      ...(raw['exemptReason'] !== undefined ? { exemptReason: String(raw['exemptReason']) } : {}),
      ...(raw['staff'] !== undefined ? { staff: String(raw['staff']) } : {}),
      ...(dateWindow !== undefined ? { dateWindowDays: dateWindow } : {}),
      ...(raw['amountTolerance'] !== undefined ? { amountTolerance: String(raw['amountTolerance']) } : {}),
      ...(raw['writeOffLimit'] !== undefined ? { writeOffLimit: String(raw['writeOffLimit']) } : {}),
    };
    await addAccount(db, input, await actingAs(db, raw, 'admin', 'accounts add'), ctx.now());
    const accounts = await listAccounts(db);
    const a = accounts.find((x) => x.number === input.number)!;
    if (raw['json']) printJson(ctx, accountJson(a));
    else ctx.stdout.write(`${fill(messages(lang).store.out.accountAdded, { account: a.number, name: a.name, currency: a.currency, cycle: messages(lang).store.cycles[a.cycle] })}\n`);
  });
}

async function list(ctx: CliContext, raw: Record<string, unknown>): Promise<void> {
  const lang = langOf(ctx, raw);
  const o = messages(lang).store;
  await withStore(ctx, lang, async (db) => {
    const accounts = await listAccounts(db);
    if (raw['json']) return printJson(ctx, { accounts: accounts.map(accountJson) });
    if (accounts.length === 0) return void ctx.stdout.write(`${o.out.noAccounts}\n`);
    for (const a of accounts) {
      ctx.stdout.write(`${fill(o.out.accountLine, { account: a.number, name: a.name, currency: a.currency, cycle: o.cycles[a.cycle], exempt: a.exempt ? fill(o.out.exempt, { reason: a.exemptReason }) : '' })}\n`);
    }
  });
}

export const registerAccounts: Register = (program: Command, ctx: CliContext) => {
  const t = messages(ctx.lang).store.cli;
  const accounts = program.command('accounts').description(t.accounts);
  accounts
    .command('add')
    .description(t.accountsAdd)
    .requiredOption('--account <account>', t.optAccount)
    .requiredOption('--name <name>', t.optName)
    .requiredOption('--currency <currency>', t.optCurrency)
    .option('--cycle <cycle>', t.optCycle)
    .option('--branch <branch>', t.optBranch)
    .option('--customer <customer>', t.optCustomer)
    .option('--exempt-reason <reason>', t.optExempt)
    .option('--staff <staff>', t.optStaff)
    .option('--date-window <days>', t.optDateWindow)
    .option('--amount-tolerance <amount>', t.optTolerance)
    .option('--write-off-limit <amount>', t.optWriteOff)
    .option('--as <id>', t.optAs)
    .option('--json', t.optJson)
    .option('--lang <lang>', t.optLang)
    .action(async (opts: Record<string, unknown>) => add(ctx, opts));
  accounts
    .command('set')
    .description(t.accountsSet)
    .requiredOption('--account <account>', t.optAccount)
    .option('--book-opening <amount>', t.optBookOpening)
    .option('--as-of <date>', t.optAsOf)
    .option('--as <id>', t.optAs)
    .option('--json', t.optJson)
    .option('--lang <lang>', t.optLang)
    .action(async (opts: Record<string, unknown>) => set(ctx, opts));
  accounts
    .command('list')
    .description(t.accountsList)
    .option('--json', t.optJson)
    .option('--lang <lang>', t.optLang)
    .action(async (opts: Record<string, unknown>) => list(ctx, opts));
};
