/** `recon audit verify [--json]`: re-computes the audit log's hash chain; exit 1 when broken. */
import type { Command } from 'commander';
import { fill, messages } from '../i18n/index.ts';
import { verifyAudit } from '../service/audit.ts';
import type { CliContext } from './context.ts';
import { ExitCode, type Register } from './program.ts';
import { langOf, printJson, withStore } from './store-command.ts';

async function verify(ctx: CliContext, raw: Record<string, unknown>): Promise<void> {
  const lang = langOf(ctx, raw);
  const o = messages(lang).store.out;
  const v = await withStore(ctx, lang, (db) => verifyAudit(db));
  if (raw['json']) printJson(ctx, v);
  else if (v.ok) ctx.stdout.write(`${fill(o.auditOk, { rows: v.rows })}\n`);
  else {
    const lines = [fill(o.auditBad, { rows: v.rows })];
    for (const p of v.problems) {
      const template = p.kind === 'missing' ? o.auditMissing : p.kind === 'tampered' ? o.auditTampered : o.auditBrokenLink;
      lines.push(fill(template, { seq: p.seq }));
    }
    ctx.stdout.write(`${lines.join('\n')}\n`);
  }
  if (!v.ok) throw new ExitCode(1);
}

export const registerAudit: Register = (program: Command, ctx: CliContext) => {
  const t = messages(ctx.lang).store.cli;
  program
    .command('audit')
    .description(t.audit)
    .command('verify')
    .description(t.auditVerify)
    .option('--json', t.optJson)
    .option('--lang <lang>', t.optLang)
    .action(async (opts: Record<string, unknown>) => verify(ctx, opts));
};
