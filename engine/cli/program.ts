/**
 * The `recon` command: builds the commander program from one file per command and runs it.
 * Expected failures (bad input, refused actions) print one line on stderr and exit non-zero;
 * nothing prints a stack trace to a person.
 */
import { Command, CommanderError } from 'commander';
import { EngineError } from '../errors.ts';
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
      ctx.stderr.write(`recon: ${err.message}\n`);
      return err.code.startsWith('PARSE.') ? 2 : 1;
    }
    const message = err instanceof Error ? err.message : String(err);
    ctx.stderr.write(`recon: internal error: ${message}\n`);
    return 70;
  }
}
