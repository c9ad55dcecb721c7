/**
 * Runs one command as a child process and measures it the way a user experiences it: wall time
 * from spawn to exit, and peak RSS reported by the child itself through rss-preload.mjs.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const Usage = z.object({ maxRssKb: z.number().int().min(0), cpuMicros: z.number().min(0) });

export const RSS_PRELOAD = fileURLToPath(new URL('./rss-preload.mjs', import.meta.url));

export interface Timed {
  readonly wallMs: number;
  /** Peak resident set size of the child in MiB, null if it died before writing it. */
  readonly peakRssMb: number | null;
  /** User + system CPU seconds of the child process itself, null if it died before writing them. */
  readonly cpuS: number | null;
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export interface RunOptions {
  readonly cwd: string;
  /** Keep the child's stdout (the PG baseline prints its counts); otherwise it goes to /dev/null. */
  readonly captureStdout?: boolean;
  readonly env?: NodeJS.ProcessEnv;
}

/** Spawns `node --import <rss preload> ...nodeArgs` and waits for it to exit. */
export async function runNodeTimed(nodeArgs: readonly string[], options: RunOptions): Promise<Timed> {
  const scratch = await mkdtemp(join(tmpdir(), 'recon-bench-rss-'));
  const rssFile = join(scratch, 'maxrss');
  try {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, ['--import', RSS_PRELOAD, ...nodeArgs], {
      cwd: options.cwd,
      env: { ...process.env, ...options.env, RECON_BENCH_RSS_FILE: rssFile },
      stdio: ['ignore', options.captureStdout ? 'pipe' : 'ignore', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout?.setEncoding('utf8').on('data', (s: string) => (stdout += s));
    child.stderr?.setEncoding('utf8').on('data', (s: string) => (stderr = (stderr + s).slice(-4000)));
    const code = await new Promise<number | null>((resolve, reject) => {
      child.on('error', reject);
      child.on('close', (c) => resolve(c));
    });
    const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
    const usage = await readFile(rssFile, 'utf8').then(
      (s) => Usage.parse(JSON.parse(s)),
      () => null,
    );
    const peakRssMb = usage === null ? null : usage.maxRssKb / 1024;
    const cpuS = usage === null ? null : usage.cpuMicros / 1e6;
    return { wallMs, peakRssMb, cpuS, code, stdout, stderr };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

/** Median of a non-empty list (mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of nothing');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}
