/**
 * `recon parse FILE [--format auto|csv|mt940|camt053] [--side bank|ledger] [--profile FILE]
 * [--json] [--lang zh-CN|en]`: reads one statement file and shows what the reader saw. With
 * --json: `{"statements":[{"account","currency","opening","closing","addsUp","transactions":
 * [{"id","date","amount","reference","counterparty","description"}]}]}`, amounts as fixed-scale
 * strings. Bad input: one line on stderr naming file, line and reason, exit 2, nothing on stdout.
 */
import type { Command } from 'commander';
import { z } from 'zod';
import { EngineError } from '../errors.ts';
import { fill, messages, type Lang } from '../i18n/index.ts';
import { InputFormatSchema, SideSchema, type Statement } from '../model.ts';
import { formatAmount, formatAmountGrouped } from '../money.ts';
import { describeError } from '../parse/describe.ts';
import { parseStatements } from '../parse/index.ts';
import type { Register } from './program.ts';
import type { CliContext } from './context.ts';
import { openInput, readProfile } from './input.ts';
import { refuse } from './refuse.ts';
import { writeChunks } from './write.ts';

const FlagsSchema = z.object({
  format: InputFormatSchema.default('auto'),
  side: SideSchema.default('bank'),
  profile: z.string().min(1).optional(),
  json: z.boolean().default(false),
  lang: z.enum(['zh-CN', 'en']).optional(),
});

/** How many lines the readable listing shows per statement before summarising the rest. */
const LISTED = 20;

/** The JSON (README, "Statement formats") for `recon parse --json`, one chunk per transaction. */
export function* parseJsonChunks(statements: readonly Statement[]): Generator<string> {
  yield '{"statements":[';
  for (const [i, s] of statements.entries()) {
    const amount = (d: Statement['opening']): string | null => (d === null ? null : formatAmount(d, s.currency));
    const head = JSON.stringify({
      account: s.account,
      currency: s.currency,
      opening: amount(s.opening),
      closing: amount(s.closing),
      addsUp: s.addsUp,
    });
    yield `${i > 0 ? ',' : ''}${head.slice(0, -1)},"transactions":[`;
    for (const [k, t] of s.transactions.entries()) {
      const row = JSON.stringify({
        id: t.id,
        date: t.date,
        amount: formatAmount(t.amount, t.currency),
        reference: t.reference,
        counterparty: t.counterparty,
        description: t.description,
      });
      yield k > 0 ? `,${row}` : row;
    }
    yield ']}';
  }
  yield ']}\n';
}

/** The readable listing: per statement its balances, whether they add up, its first lines. */
export function renderStatements(statements: readonly Statement[], lang: Lang): string {
  const t = messages(lang).parse.cli;
  const out: string[] = [];
  let count = 0;
  for (const s of statements) {
    count += s.transactions.length;
    const money = (d: Statement['opening']): string => (d === null ? '-' : formatAmountGrouped(d, s.currency));
    out.push(fill(t.statement, { account: s.account || t.noAccount, currency: s.currency || '-', count: s.transactions.length }));
    out.push(`  ${s.opening === null && s.closing === null ? t.noBalances : fill(t.balances, { opening: money(s.opening), closing: money(s.closing) })}`);
    out.push(`  ${fill(t.addsUp, { answer: s.addsUp === null ? t.notApplicable : s.addsUp ? t.yes : t.no })}`);
    if (s.addsUp === false && s.opening !== null && s.closing !== null) {
      const computed = s.transactions.reduce((acc, x) => acc.plus(x.amount), s.opening);
      out.push(`  ${fill(t.difference, { computed: money(computed), difference: money(s.closing.minus(computed)) })}`);
    }
    const shown = s.transactions.slice(0, LISTED);
    const width = Math.max(0, ...shown.map((x) => formatAmountGrouped(x.amount, x.currency).length));
    for (const x of shown) {
      const text = [x.reference, x.counterparty, x.description].filter((v) => v !== '').join(' | ');
      out.push(`  ${x.date}  ${formatAmountGrouped(x.amount, x.currency).padStart(width)}  ${x.id}  ${clip(text, 60)}`);
    }
    if (s.transactions.length > LISTED) out.push(`  ${fill(t.more, { count: s.transactions.length - LISTED })}`);
    out.push('');
  }
  out.push(fill(t.total, { statements: statements.length, transactions: count }));
  return `${out.join('\n')}\n`;
}

function clip(text: string, max: number): string {
  const chars = [...text.replace(/\s+/g, ' ')];
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max - 1).join('')}…`;
}

const OPTION_NAMES: Readonly<Record<string, string>> = { format: '--format', side: '--side', lang: '--lang', profile: '--profile' };

async function run(ctx: CliContext, file: string, raw: Record<string, unknown>): Promise<void> {
  const langFlag = raw['lang'];
  const lang: Lang = langFlag === 'en' || langFlag === 'zh-CN' ? langFlag : ctx.lang;
  const flags = FlagsSchema.safeParse(raw);
  if (!flags.success) {
    const key = String(flags.error.issues[0]?.path[0] ?? '');
    refuse(ctx, fill(messages(lang).parse.cli.badOption, { option: OPTION_NAMES[key] ?? `--${key}`, value: String(raw[key] ?? '') }));
  }
  const { format, side, json } = flags.data;
  let statements: Statement[];
  try {
    const profile = flags.data.profile === undefined ? undefined : await readProfile(flags.data.profile);
    statements = await parseStatements(openInput(file), { fileName: file, format, side, ...(profile ? { profile } : {}) });
  } catch (err) {
    if (err instanceof EngineError) refuse(ctx, describeError(err, lang));
    throw err;
  }
  if (json) await writeChunks(ctx.stdout, parseJsonChunks(statements));
  else await writeChunks(ctx.stdout, [renderStatements(statements, lang)]);
}

export const registerParse: Register = (program: Command, ctx: CliContext) => {
  const t = messages(ctx.lang).parse.cli;
  program
    .command('parse')
    .description(t.description)
    .argument('<file>', t.file)
    .option('--format <format>', t.format)
    .option('--side <side>', t.side)
    .option('--profile <file>', t.profile)
    .option('--json', t.json)
    .option('--lang <lang>', t.lang)
    .action(async (file: string, opts: Record<string, unknown>) => run(ctx, file, opts));
};
