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

const registry: Register[] = [];

/** Commands register themselves here (see commands.ts). */
export function addCommands(...fns: Register[]): void {
  registry.push(...fns);
}

/** Thrown by a command to end with a given exit code after it has printed what it had to say. */
export class ExitCode extends Error {
  constructor(readonly code: number) {
    super(`exit ${code}`);
  }
}

export function buildProgram(ctx: CliContext): Command {
  const program = new Command('recon')
    .description('Reconciliation assistant / 对账助手')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => ctx.stdout.write(s),
      writeErr: (s) => ctx.stderr.write(s),
    })
    .showHelpAfterError(false);
  for (const register of registry) register(program, ctx);
  return program;
}

/** Runs the CLI with argv (without node and script) and returns the exit code. */
export async function runCli(argv: readonly string[], ctx: CliContext): Promise<number> {
  const program = buildProgram(ctx);
  try {
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
