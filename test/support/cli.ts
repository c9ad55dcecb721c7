/**
 * Runs `recon` in-process through runCli with captured output, the way every CLI test does:
 * a fixed clock, no terminal, and whatever store or asker the test hands in.
 */
import { PassThrough, Writable } from 'node:stream';
import '../../engine/cli/commands.ts';
import { runCli } from '../../engine/cli/program.ts';
import type { AskAnswer, CliContext } from '../../engine/cli/context.ts';
import type { Lang } from '../../engine/i18n/index.ts';
import type { Db } from '../../engine/store/db.ts';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  lang?: Lang;
  /** Text fed to standard input (closed after it). */
  stdin?: string;
  /** The store the commands open; each command's close() leaves it open for the next call. */
  db?: Db;
  ask?: (question: string, lang: Lang) => Promise<AskAnswer>;
  now?: Date;
  /** The operating-system user running the command (default `tester`; null: unknown). */
  osUser?: string | null;
  /** RECON_AUDIT_CHECKPOINT_FILE. */
  auditCheckpointFile?: string;
}

function sink(): { stream: Writable; text: () => string } {
  const parts: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer | string, _enc, done) {
      parts.push(chunk.toString());
      done();
    },
  });
  return { stream, text: () => parts.join('') };
}

/** Runs `recon ARGS` and returns its exit code and what it printed. */
export async function runRecon(args: readonly string[], options: CliOptions = {}): Promise<CliRun> {
  const out = sink();
  const err = sink();
  const stdin = new PassThrough();
  stdin.end(options.stdin ?? '');
  const db = options.db;
  const ctx: CliContext = {
    stdout: out.stream,
    stderr: err.stream,
    stdin,
    lang: options.lang ?? 'zh-CN',
    interactive: false,
    openDb: async () => {
      if (!db) throw new Error('this test has no database');
      return { ...db, close: async () => undefined };
    },
    ask: options.ask ?? (() => Promise.reject(new Error('this test asks nothing'))),
    now: () => options.now ?? new Date('2026-04-01T00:00:00Z'),
    osUser: options.osUser === null ? undefined : (options.osUser ?? 'tester'),
    auditCheckpointFile: options.auditCheckpointFile,
  };
  const code = await runCli(args, ctx);
  return { code, stdout: out.text(), stderr: err.text() };
}
