/** How a command stops on an expected failure: one line on stderr, then an exit code. */
import type { CliContext } from './context.ts';
import { ExitCode } from './program.ts';

/**
 * Prints `recon: LINE` on stderr and ends the command with `exitCode`: 2 (the default) for bad
 * usage or input, 1 for a refused action, 69 when the store cannot be opened. The line is already
 * in the person's language.
 */
export function refuse(ctx: CliContext, line: string, exitCode = 2): never {
  ctx.stderr.write(`recon: ${line}\n`);
  throw new ExitCode(exitCode);
}
