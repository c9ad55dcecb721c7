/** Command modules load when the command line needs them; help still lists every command. */
import { describe, expect, it } from 'vitest';
import '../../engine/cli/commands.ts';
import { loadCommands } from '../../engine/cli/program.ts';
import { runRecon } from '../support/cli.ts';

const ALL = ['parse', 'reconcile', 'ask', 'faq', 'import', 'run', 'status', 'differences', 'accounts', 'users', 'resolve', 'approve', 'reject', 'export', 'audit', 'prune', 'demo'];

describe('recon commands', () => {
  it('loads only the named command module', async () => {
    expect(await loadCommands(['reconcile', '--bank', 'b.csv'])).toHaveLength(1);
    expect(await loadCommands(['reject', '--difference', '1'])).toHaveLength(1);
  });

  it('loads every module for help, a word that is no command, or no command', async () => {
    for (const argv of [['--help'], ['help', 'reconcile'], ['reconcil'], []]) expect(await loadCommands(argv)).toHaveLength(16);
  });

  it('help lists every command in order', async () => {
    const r = await runRecon(['--help']);
    expect(r.code).toBe(0);
    const listed = [...r.stdout.matchAll(/^ {2}(\w+)/gm)].map((m) => m[1]);
    expect(listed.filter((c) => c !== 'help')).toEqual(ALL);
  });

  it('a command loaded alone parses its options as before', async () => {
    const r = await runRecon(['reconcile', '--help'], { lang: 'en' });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('--bank <file>');
    const bad = await runRecon(['reconcile', '--bank', 'nope.csv']);
    expect(bad.code).toBe(2);
  });
});
