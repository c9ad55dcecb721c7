/**
 * The `recon` command: builds the commander program from one file per command and runs it.
 * Expected failures (bad input, refused actions) print one line on stderr and exit non-zero;
 * nothing prints a stack trace to a person.
 */
import { Command, CommanderError } from 'commander';
import { EngineError } from '../errors.ts';
import { fill, messages } from '../i18n/index.ts';
import { describeError } from '../parse/describe.ts';
import type { CliContext } from './context.ts';

/** A command module adds its sub-command to the program. */
export type Register = (program: Command, ctx: CliContext) => void;

/** A command module not loaded yet: the sub-command names it adds and how to load it. */
export interface LazyCommand {
  readonly names: readonly string[];
  readonly load: () => Promise<Register>;
}

const registry: (Register | LazyCommand)[] = [];

/** Commands register themselves here (see commands.ts). */
export function addCommands(...fns: Register[]): void {
  registry.push(...fns);
}

/** Commands whose modules are loaded only when the command line needs them (see `loadCommands`). */
export function addLazyCommands(commands: readonly LazyCommand[]): void {
  registry.push(...commands);
}

/**
 * The registrations `argv` needs, in registry order: only the named command's module when the
 * first word names a lazily loaded command, every module otherwise (help, a typo, no command),
 * so commander's help and error messages see every command.
 */
export async function loadCommands(argv: readonly string[]): Promise<Register[]> {
  const first = argv[0] ?? '';
  const named = registry.some((r) => !isLoaded(r) && r.names.includes(first));
  const wanted = registry.filter((r) => isLoaded(r) || !named || r.names.includes(first));
  return Promise.all(wanted.map((r) => (isLoaded(r) ? r : r.load())));
}

const isLoaded = (r: Register | LazyCommand): r is Register => typeof r === 'function';

/** Thrown by a command to end with a given exit code after it has printed what it had to say. */
export class ExitCode extends Error {
  constructor(readonly code: number) {
    super(`exit ${code}`);
  }
}

/** The commander program with the given commands (all registered ones by default, see `loadCommands`). */
export function buildProgram(ctx: CliContext, registers: readonly Register[] = registry.filter(isLoaded)): Command {
  const program = new Command('recon')
    .description('Reconciliation assistant / 对账助手')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => ctx.stdout.write(s),
      writeErr: (s) => ctx.stderr.write(s),
    })
    .showHelpAfterError(false);
  for (const register of registers) register(program, ctx);
  return program;
}

/** Runs the CLI with argv (without node and script) and returns the exit code. */
export async function runCli(argv: readonly string[], ctx: CliContext): Promise<number> {
  try {
    const program = buildProgram(ctx, await loadCommands(argv));
    await program.parseAsync([...argv], { from: 'user' });
    return 0;
  } catch (err) {
    if (err instanceof ExitCode) return err.code;
    if (err instanceof CommanderError) {
      return err.exitCode === 0 ? 0 : 2;
    }
    if (err instanceof EngineError) {
      ctx.stderr.write(`recon: ${describeError(err, ctx.lang)}\n`);
      // sysexits: 78 for a configuration error (a broken knowledge base, a missing FAQ_LLM_* variable).
      return err.code.startsWith('PARSE.') ? 2 : err.code.startsWith('CONFIG.') ? 78 : 1;
    }
    // The reader of the output went away (`recon accounts list | head -1`): nothing to say.
    if (isEpipe(err)) return 0;
    const user = userCausedError(err, ctx.lang);
    if (user) {
      ctx.stderr.write(`recon: ${user.line}\n`);
      return user.code;
    }
    const message = err instanceof Error ? err.message : String(err);
    ctx.stderr.write(`recon: internal error: ${message}\n`);
    return 70;
  }
}

export function isEpipe(err: unknown): boolean {
  return (err as { code?: unknown } | null)?.code === 'EPIPE';
}

/** sysexits.h: 66 no input, 74 I/O error, 77 no permission, 69 service unavailable. */
const FILE_EXIT: Record<string, number> = { ENOENT: 66, ENOTDIR: 66, EISDIR: 66, EACCES: 77, EPERM: 77, ENOSPC: 74, EROFS: 74 };

/**
 * A failure the person can put right (a missing or unreadable file or folder, a database that
 * went away) as one line in their language and an exit code; null for a real internal error.
 */
export function userCausedError(err: unknown, lang: Parameters<typeof messages>[0]): { line: string; code: number } | null {
  if (!(err instanceof Error)) return null;
  const t = messages(lang).errors;
  const { code, path } = err as { code?: unknown; path?: unknown };
  if (typeof code === 'string' && typeof path === 'string' && /^E[A-Z]+$/.test(code)) {
    const templates: Readonly<Record<string, string>> = t.file;
    const template = templates[code] ?? t.file.other;
    return { line: fill(template, { path, code }), code: FILE_EXIT[code] ?? 74 };
  }
  if (typeof code === 'string' && /^(08...|57P0[1-3]|ECONNREFUSED|ECONNRESET)$/.test(code)) {
    return { line: fill(t.connectionLost, { reason: code }), code: 69 };
  }
  if (/^Connection terminated/.test(err.message)) return { line: fill(t.connectionLost, { reason: err.message }), code: 69 };
  return null;
}
