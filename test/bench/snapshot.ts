/**
 * A clean copy of one commit to benchmark (`--commit REV`): the shared working tree may hold
 * colleagues' half-finished edits, and a figure should name the code it measured. The copy is
 * `git archive` output under <os tmpdir>/recon-bench-src/<sha>, with node_modules linked from the
 * checkout. It lives outside the repository so vitest, tsc and eslint never pick up its files.
 */
import { execFile } from 'node:child_process';
import { access, mkdir, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { REPO_ROOT } from './pair-cache.ts';

const run = promisify(execFile);

/** Resolves REV to a full sha and extracts that commit (once); returns its folder and sha. */
export async function snapshot(rev: string): Promise<{ dir: string; sha: string }> {
  const { stdout } = await run('git', ['rev-parse', '--verify', `${rev}^{commit}`], { cwd: REPO_ROOT });
  const sha = stdout.trim();
  const dir = join(tmpdir(), 'recon-bench-src', sha);
  const done = join(dir, '.extracted');
  try {
    await access(done);
    return { dir, sha };
  } catch {
    // not extracted yet
  }
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  await run('sh', ['-c', `git archive --format=tar "${sha}" | tar -x -C "${dir}"`], { cwd: REPO_ROOT });
  await symlink(join(REPO_ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  await mkdir(done);
  return { dir, sha };
}
