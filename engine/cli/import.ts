/**
 * `recon import --account A --side bank|ledger FILE [--format ...] [--profile F] [--posted-by ID]
 * [--as ID] [--json]`: reads the file (all or nothing), stores its lines; a re-import adds nothing.
 * --json prints `{"file","side","account","inserted","alreadyPresent"}`. The text output adds a note
 * on lines of amount zero and on balances the file states otherwise than an earlier file.
 */
import { createHash } from 'node:crypto';
import type { Command } from 'commander';
import { SingleBar } from 'cli-progress';
import { z } from 'zod';
import { fill, messages } from '../i18n/index.ts';
import { InputFormatSchema, SideSchema } from '../model.ts';
import { parseFile } from '../parse/index.ts';
import type { ByteSource } from '../parse/types.ts';
import { balanceConflictNotice, balanceConflicts, importStatements, zeroAmountLines, zeroAmountNotice } from '../service/import.ts';
import { getAccount } from '../service/accounts.ts';
import type { CliContext } from './context.ts';
import { openInput, readProfile } from './input.ts';
import type { Register } from './program.ts';
import { refuse } from './refuse.ts';
import { actingAs, badOption, langOf, printJson, withStore } from './store-command.ts';

const FlagsSchema = z.object({
  account: z.string().min(1),
  side: SideSchema,
  format: InputFormatSchema.default('auto'),
  profile: z.string().min(1).optional(),
  postedBy: z.string().min(1).optional(),
  as: z.string().min(1).optional(),
  json: z.boolean().default(false),
});

/** Passes the bytes through while hashing them, so the file is read once. */
async function* hashing(source: ByteSource, hash: ReturnType<typeof createHash>): AsyncGenerator<Uint8Array> {
  for await (const chunk of source) {
    hash.update(chunk);
    yield chunk;
  }
}

async function run(ctx: CliContext, file: string, raw: Record<string, unknown>): Promise<void> {
  const lang = langOf(ctx, raw);
  const flags = FlagsSchema.safeParse(raw);
  if (!flags.success) {
    const key = String(flags.error.issues[0]?.path[0] ?? '');
    badOption(ctx, lang, `--${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`, raw[key]);
  }
  const f = flags.data;
  // Who posted the lines (segregation of duties): --posted-by, else whoever runs the command.
  const postedBy = f.postedBy ?? ctx.osUser;
  if (postedBy === undefined) refuse(ctx, messages(lang).store.out.needPostedBy);
  await withStore(ctx, lang, async (db) => {
    const actor = await actingAs(db, raw, 'staff', 'import');
    const hash = createHash('sha256');
    const profile = f.profile === undefined ? undefined : await readProfile(f.profile);
    const { format, statements } = await parseFile(hashing(openInput(file), hash), { fileName: file, format: f.format, side: f.side, ...(profile ? { profile } : {}) });
    const total = statements.reduce((n, s) => n + s.transactions.length, 0);
    const bar = ctx.interactive && !f.json && total > 50_000
      ? new SingleBar({ stream: ctx.stderr, format: `${messages(lang).store.out.progress} {bar} {value}/{total}`, hideCursor: true })
      : null;
    bar?.start(total, 0);
    try {
      const sha256 = hash.digest('hex');
      const result = await importStatements(db, {
        account: f.account, side: f.side, fileName: file, sha256, statements, actor,
        postedBy, at: ctx.now(), onProgress: (done) => bar?.update(done),
      });
      bar?.stop();
      if (f.json) printJson(ctx, result);
      else {
        ctx.stdout.write(`${fill(messages(lang).store.out.imported, { ...result, side: messages(lang).store.sides[result.side] })}\n`);
        const zero = zeroAmountLines(statements);
        if (zero.length > 0) ctx.stdout.write(`${zeroAmountNotice(zero, format === 'camt053', lang)}\n`);
        const conflicts = await balanceConflicts(db, { account: result.account, side: result.side, sha256 });
        if (conflicts.length > 0) {
          const { currency } = await getAccount(db, result.account);
          for (const line of balanceConflictNotice(file, result.side, conflicts, currency, lang)) ctx.stdout.write(`${line}\n`);
        }
      }
    } finally {
      bar?.stop();
    }
  });
}

export const registerImport: Register = (program: Command, ctx: CliContext) => {
  const t = messages(ctx.lang).store.cli;
  program
    .command('import')
    .description(t.import)
    .argument('<file>')
    .requiredOption('--account <account>', t.optAccount)
    .requiredOption('--side <side>', t.optSide)
    .option('--format <format>', t.optFormat)
    .option('--profile <file>', t.optProfile)
    .option('--posted-by <id>', t.optPostedBy)
    .option('--as <id>', t.optAs)
    .option('--json', t.optJson)
    .option('--lang <lang>', t.optLang)
    .action(async (file: string, opts: Record<string, unknown>) => run(ctx, file, opts));
};
