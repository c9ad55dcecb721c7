/**
 * `recon audit verify [--checkpoint FILE | --since-checkpoint] [--json]`: re-computes the audit
 * log's keyed hash chain and holds its head against the database's head row and the checkpoints
 * (those of FILE, else those of RECON_AUDIT_CHECKPOINT_FILE when it exists); exit 1 naming each
 * problem. `recon audit checkpoint [--json]`: a signed checkpoint of the head, printed and appended
 * to RECON_AUDIT_CHECKPOINT_FILE.
 */
import { appendFile, readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { fill, messages, type Lang } from '../i18n/index.ts';
import {
  parseCheckpoints, takeCheckpoint, verifyAudit, type AuditProblem, type AuditVerification, type AuditWarning, type Checkpoint, type VerifyOptions,
} from '../service/audit.ts';
import type { CliContext } from './context.ts';
import { ExitCode, type Register } from './program.ts';
import { refuse } from './refuse.ts';
import { langOf, printJson, withStore } from './store-command.ts';

type Out = ReturnType<typeof messages>['store']['out'];

/** Which anchor saw what the rows no longer show. */
function by(o: Out, p: { by: 'head' } | { by: 'checkpoint'; at: string }): string {
  return p.by === 'head' ? o.auditByHead : fill(o.auditByCheckpoint, { at: p.at });
}

/** One line per problem, each kind its own sentence. */
function problemLine(o: Out, p: AuditProblem, last: string): string {
  switch (p.kind) {
    case 'missing': return fill(o.auditMissing, { seq: p.seq });
    case 'tampered': return p.from === p.to ? fill(o.auditTampered, { seq: p.from }) : fill(o.auditTamperedRange, p);
    case 'broken_link': return fill(o.auditBrokenLink, { seq: p.seq });
    case 'legacy_forged': return fill(o.auditLegacyForged, { seq: p.seq });
    case 'downgraded': return fill(o.auditDowngraded, { seq: p.seq });
    case 'unknown_key': {
      const values = { keyId: p.keyId, from: p.from, to: p.to, rows: p.rows };
      return p.configured === null ? fill(o.auditNoKey, values) : fill(o.auditUnknownKey, { ...values, configured: p.configured });
    }
    case 'tail_deleted': {
      const count = (BigInt(p.to) - BigInt(p.from) + 1n).toString();
      return fill(count === '1' ? o.auditTailDeletedOne : o.auditTailDeleted, { from: p.from, to: p.to, count, last, by: by(o, p) });
    }
    case 'emptied': return fill(o.auditEmptied, { rows: p.rows, by: by(o, p) });
    case 'rewritten': return fill(o.auditRewritten, { seq: p.seq, by: by(o, p) });
    case 'head_behind': return fill(o.auditHeadBehind, p);
    case 'head_missing': return o.auditHeadMissing;
    case 'checkpoint_untrusted': return fill(p.why === 'unknown_key' ? o.auditCheckpointUnknownKey : o.auditCheckpointBadSignature, { at: p.at });
  }
}

function warningLine(o: Out, w: AuditWarning): string {
  if (w.kind === 'unsigned_checkpoint') return fill(o.auditUnsignedCheckpoint, { at: w.at });
  return fill(w.kind === 'unkeyed' ? o.auditUnkeyed : o.auditLegacy, { rows: w.rows });
}

function printVerification(ctx: CliContext, lang: Lang, v: AuditVerification): void {
  const o = messages(lang).store.out;
  const lines = [v.ok ? fill(o.auditOk, { rows: v.rows }) : fill(o.auditBad, { rows: v.rows })];
  for (const p of v.problems) lines.push(problemLine(o, p, v.last.seq));
  for (const w of v.warnings) lines.push(warningLine(o, w));
  ctx.stdout.write(`${lines.join('\n')}\n`);
}

/** The checkpoints of a file; none when the configured file does not exist yet. */
async function checkpointsIn(file: string, mustExist: boolean): Promise<Checkpoint[]> {
  try {
    return parseCheckpoints(await readFile(file, 'utf8'), file);
  } catch (err) {
    if (!mustExist && (err as { code?: unknown }).code === 'ENOENT') return [];
    throw err;
  }
}

/** What verify holds the log against: --checkpoint FILE, --since-checkpoint, or the configured file if there is one. */
async function verifyOptions(ctx: CliContext, lang: Lang, raw: Record<string, unknown>): Promise<VerifyOptions> {
  const o = messages(lang).store.out;
  const file = typeof raw['checkpoint'] === 'string' ? raw['checkpoint'] : undefined;
  if (file !== undefined && raw['sinceCheckpoint']) refuse(ctx, o.checkpointOptions);
  if (file !== undefined) return { checkpoints: await checkpointsIn(file, true) };
  const configured = ctx.auditCheckpointFile;
  if (!raw['sinceCheckpoint']) return { checkpoints: configured ? await checkpointsIn(configured, false) : [] };
  if (!configured) refuse(ctx, o.needCheckpointFile);
  const checkpoints = await checkpointsIn(configured, true);
  const since = checkpoints.at(-1);
  if (!since) refuse(ctx, fill(o.noCheckpoint, { file: configured }));
  return { checkpoints, since };
}

async function verify(ctx: CliContext, raw: Record<string, unknown>): Promise<void> {
  const lang = langOf(ctx, raw);
  const v = await withStore(ctx, lang, async (db) => verifyAudit(db, await verifyOptions(ctx, lang, raw)));
  if (raw['json']) printJson(ctx, v);
  else printVerification(ctx, lang, v);
  if (!v.ok) throw new ExitCode(1);
}

async function checkpoint(ctx: CliContext, raw: Record<string, unknown>): Promise<void> {
  const lang = langOf(ctx, raw);
  const o = messages(lang).store.out;
  const cp = await withStore(ctx, lang, (db) => takeCheckpoint(db, ctx.now()));
  const file = ctx.auditCheckpointFile;
  // Appended (O_APPEND), never rewritten: the file may be append-only (chattr +a) or a log shipper's input.
  if (file) await appendFile(file, `${JSON.stringify(cp)}\n`, { flag: 'a', mode: 0o600 });
  if (raw['json']) return printJson(ctx, cp);
  const signed = cp.keyId ? fill(o.auditCheckpointSigned, { keyId: cp.keyId }) : o.auditCheckpointUnsigned;
  ctx.stdout.write(`${fill(o.auditCheckpointTaken, { seq: cp.seq, hash: cp.hash, at: cp.at, signed })}\n`);
  if (file) ctx.stdout.write(`${fill(o.auditCheckpointAppended, { file })}\n`);
}

export const registerAudit: Register = (program: Command, ctx: CliContext) => {
  const t = messages(ctx.lang).store.cli;
  const audit = program.command('audit').description(t.audit);
  audit
    .command('verify')
    .description(t.auditVerify)
    .option('--checkpoint <file>', t.optCheckpointFile)
    .option('--since-checkpoint', t.optSinceCheckpoint)
    .option('--json', t.optJson)
    .option('--lang <lang>', t.optLang)
    .action(async (opts: Record<string, unknown>) => verify(ctx, opts));
  audit
    .command('checkpoint')
    .description(t.auditCheckpoint)
    .option('--json', t.optJson)
    .option('--lang <lang>', t.optLang)
    .action(async (opts: Record<string, unknown>) => checkpoint(ctx, opts));
};
