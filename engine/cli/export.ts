/**
 * `recon export --account A (--period P | --date D) [--format json|csv|xlsx] [--out FILE]`: the
 * reconciliation record of the period's current run with its balance statement. The file is
 * written to a temporary name and renamed, so a failure never leaves half a file.
 */
import { rename, rm, writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { z } from 'zod';
import { fill, messages } from '../i18n/index.ts';
import { recordCsv, recordXlsx } from '../service/export.ts';
import { buildRecord } from '../service/record.ts';
import type { CliContext } from './context.ts';
import type { Register } from './program.ts';
import { refuse } from './refuse.ts';
import { badOption, langOf, withStore } from './store-command.ts';
import { writeFailure } from './write.ts';

const FormatSchema = z.enum(['json', 'csv', 'xlsx']);

async function run(ctx: CliContext, raw: Record<string, unknown>): Promise<void> {
  const lang = langOf(ctx, raw);
  const format = FormatSchema.safeParse(raw['format'] ?? 'json');
  if (!format.success) badOption(ctx, lang, '--format', raw['format']);
  const period = raw['period'] ?? raw['date'];
  if (typeof period !== 'string' || (raw['period'] !== undefined && raw['date'] !== undefined)) refuse(ctx, messages(lang).store.out.needDateOrPeriod);
  const out = typeof raw['out'] === 'string' ? raw['out'] : undefined;
  if (format.data === 'xlsx' && !out) refuse(ctx, messages(lang).store.out.needOut);
  const body = await withStore(ctx, lang, async (db) => {
    const record = await buildRecord(db, String(raw['account']), period);
    if (format.data === 'xlsx') return recordXlsx(record, lang);
    return format.data === 'csv' ? recordCsv(record, lang) : `${JSON.stringify(record, null, 2)}\n`;
  });
  if (!out) return void ctx.stdout.write(body);
  const tmp = `${out}.tmp-${process.pid}`;
  try {
    await writeFile(tmp, body);
    await rename(tmp, out);
  } catch (err) {
    await rm(tmp, { force: true });
    const reason = writeFailure(err, lang);
    if (reason === null) throw err;
    refuse(ctx, fill(messages(lang).store.out.cannotWrite, { file: out, reason }));
  }
  ctx.stderr.write(`${fill(messages(lang).store.out.exported, { file: out })}\n`);
}

export const registerExport: Register = (program: Command, ctx: CliContext) => {
  const t = messages(ctx.lang).store.cli;
  program
    .command('export')
    .description(t.export)
    .requiredOption('--account <account>', t.optAccount)
    .option('--period <period>', t.optPeriod)
    .option('--date <date>', t.optDate)
    .option('--format <format>', t.optExportFormat)
    .option('--out <file>', t.optOut)
    .option('--lang <lang>', t.optLang)
    .action(async (opts: Record<string, unknown>) => run(ctx, opts));
};
