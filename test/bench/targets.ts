/**
 * The issue's performance targets and the results table. A target is PASS, FAIL or SKIP (not
 * measured in this run, e.g. no DATABASE_URL or no 1M size), never silently left out.
 */

export interface SizeResult {
  readonly lines: number;
  /** The shape measured (reshape.ts), e.g. "shuffled zh +fees". */
  readonly shape: string;
  /** The file order of both sides, or 'mixed' when bank and ledger differ. */
  readonly order: string;
  /** Hash of the first run's report (shapes.ts reportHash): equal across orders of one size. */
  readonly hash: string;
  readonly runs: number;
  readonly reconWallMs: number[];
  readonly reconPeakRssMb: number[];
  readonly pgWallMs: number[];
  /** CPU seconds: recon's process; PG's client process plus its two server backends. */
  readonly reconCpuS: number[];
  readonly pgCpuS: number[];
  readonly check: string;
}

export interface Verdict {
  readonly target: string;
  readonly measured: string;
  readonly status: 'PASS' | 'FAIL' | 'SKIP';
}

const TARGET_LINES = 1_000_000;
/** Issue 17: peak RSS ≤ 1.0 GB at 1M lines a side, in every shape. */
const RSS_LIMIT_MB = 1024;
/** Issue 17: recon ≤ this × PostgreSQL's time at 1M lines, by file order (shuffled is also the default for others). */
const RATIO_LIMIT: Readonly<Record<string, number>> = { ascending: 0.35, shuffled: 0.4 };
/** Issue 17: 10× the lines ≤ 10.5× the time. */
const SCALING_LIMIT = 10.5;

function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? (s[mid] ?? null) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

const secs = (ms: number | null) => (ms === null ? 'n/a' : `${(ms / 1000).toFixed(2)} s`);

/** Median recon wall time / median PostgreSQL wall time, or null without a baseline. */
export function ratio(r: SizeResult): number | null {
  const recon = median(r.reconWallMs);
  const pgMs = median(r.pgWallMs);
  return recon === null || pgMs === null ? null : recon / pgMs;
}

/** The results table, one row per size. */
export function table(results: readonly SizeResult[]): string {
  const head = ['lines/side', 'shape', 'runs', 'recon median', 'PG median', 'recon/PG', 'CPU recon/PG', 'peak RSS (max)', 'lines/s (both files)', 'report check'];
  const rows = results.map((r) => {
    const recon = median(r.reconWallMs);
    const q = ratio(r);
    const rc = median(r.reconCpuS);
    const pc = median(r.pgCpuS);
    return [
      r.lines.toLocaleString('en-US'),
      r.shape,
      String(r.runs),
      secs(recon),
      secs(median(r.pgWallMs)),
      q === null ? 'n/a' : q.toFixed(2),
      rc === null ? 'n/a' : pc === null ? `${rc.toFixed(1)} s / n/a` : `${rc.toFixed(1)} s / ${pc.toFixed(1)} s`,
      `${Math.round(Math.max(...r.reconPeakRssMb))} MB`,
      recon === null ? 'n/a' : Math.round((2 * r.lines) / (recon / 1000)).toLocaleString('en-US'),
      `${r.check}, ${r.hash}`,
    ];
  });
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

/** PASS/FAIL per target of the issue, per shape (at 1M lines a side, and the 100k -> 1M scaling). */
export function verdicts(results: readonly SizeResult[], pgAvailable: boolean, sizes: readonly number[], startupMs: number | null = null): Verdict[] {
  const out: Verdict[] = [];
  const shapes = [...new Set(results.map((r) => r.shape))];
  for (const shape of shapes) out.push(...shapeVerdicts(results.filter((r) => r.shape === shape), shape, pgAvailable, startupMs));
  for (const lines of sizes) {
    const hashes = new Set(results.filter((r) => r.lines === lines).map((r) => r.hash));
    if (shapes.length < 2) continue;
    out.push({
      target: `${lines.toLocaleString('en-US')} lines: the same report (hash) from every order`,
      measured: [...hashes].join(', '),
      status: hashes.size === 1 ? 'PASS' : 'FAIL',
    });
  }
  return out;
}

function shapeVerdicts(results: readonly SizeResult[], shape: string, pgAvailable: boolean, startupMs: number | null): Verdict[] {
  const at = results.find((r) => r.lines === TARGET_LINES);
  const small = results.find((r) => r.lines === TARGET_LINES / 10);
  const out: Verdict[] = [];
  const q = at ? ratio(at) : null;
  const limit = RATIO_LIMIT[at?.order ?? 'shuffled'] ?? RATIO_LIMIT.shuffled!;
  out.push({
    target: `${shape}: recon/PG wall time at 1M lines <= ${limit}`,
    measured: q === null ? (pgAvailable ? 'no 1M run' : 'DATABASE_URL not set') : q.toFixed(2),
    status: q === null ? 'SKIP' : q <= limit ? 'PASS' : 'FAIL',
  });
  const rss = at ? Math.max(...at.reconPeakRssMb) : null;
  out.push({
    target: `${shape}: peak RSS at 1M lines <= 1.0 GB`,
    measured: rss === null || !Number.isFinite(rss) ? 'no 1M run' : `${Math.round(rss)} MB`,
    status: rss === null || !Number.isFinite(rss) ? 'SKIP' : rss <= RSS_LIMIT_MB ? 'PASS' : 'FAIL',
  });
  const big = at ? median(at.reconWallMs) : null;
  const little = small ? median(small.reconWallMs) : null;
  const factor = big !== null && little !== null ? big / little : null;
  // The wall times include the process start-up, which does not grow with the lines: the
  // factor without it (the start-up median of `recon --help` taken off both) says how the work scales.
  const work = big !== null && little !== null && startupMs !== null && little > startupMs ? (big - startupMs) / (little - startupMs) : null;
  // CPU seconds scale the same way and hardly move with the machine's load, where wall times do.
  const bigCpu = at !== undefined && at.reconCpuS.length > 0 ? median(at.reconCpuS) : null;
  const littleCpu = small !== undefined && small.reconCpuS.length > 0 ? median(small.reconCpuS) : null;
  const cpu = bigCpu !== null && littleCpu !== null ? bigCpu / littleCpu : null;
  const notes = [work === null ? '' : `start-up taken off both: ${work.toFixed(2)}x`, cpu === null ? '' : `CPU: ${cpu.toFixed(2)}x`].filter((n) => n !== '');
  out.push({
    target: `${shape}: 10x lines (100k -> 1M) <= ${SCALING_LIMIT}x time`,
    measured: factor === null ? 'needs both 100k and 1M' : `${factor.toFixed(2)}x${notes.length > 0 ? ` (${notes.join('; ')})` : ''}`,
    status: factor === null ? 'SKIP' : factor <= SCALING_LIMIT ? 'PASS' : 'FAIL',
  });
  return out;
}
