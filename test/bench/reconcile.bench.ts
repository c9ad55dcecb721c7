/**
 * `npm run bench [-- --sizes 100000,1000000 --runs 3 --seed 1 --order ascending,shuffled --text zh --no-fees]`
 *
 * For each size: generates (or reuses, test/.tmp/bench/pairs/) a synthetic month of bank statement
 * and journal, and makes each shape of it (reshape.ts: file order per side, text, recurring
 * fees; cached in test/.tmp/bench/shapes/). For each shape it runs `recon reconcile --bank --ledger --out REPORT.json` end to end as a child
 * process `runs` times, and, when DATABASE_URL is set, the PostgreSQL baseline (pg-baseline.ts)
 * as many times, interleaved with the recon runs so both see the same machine load. Prints the
 * table and PASS/FAIL per target, and writes test/.tmp/bench/results-latest.json.
 */
import { access, mkdir, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { median, runNodeTimed, type Timed } from './measure.ts';
import { BENCH_TMP, REPO_ROOT } from './pair-cache.ts';
import { parseOrders, TEXTS, type Shape, type Text } from './reshape.ts';
import { ensureShape, reportHash, shapeName } from './shapes.ts';
import { checkReport } from './report-check.ts';
import { snapshot } from './snapshot.ts';
import { table, verdicts, type SizeResult } from './targets.ts';

const BaselineOutput = z.object({
  phasesMs: z.record(z.string(), z.number()),
  pass1: z.number().int(),
  pass2: z.number().int(),
  unmatchedBank: z.number().int(),
  unmatchedLedger: z.number().int(),
  serverCpuS: z.number().nullable(),
});

const say = (s: string) => process.stdout.write(`${s}\n`);

function fail(what: string, t: Timed): never {
  throw new Error(`${what} exited with ${t.code}: ${t.stderr.trim().split('\n').slice(-3).join(' / ')}`);
}

interface Bench {
  readonly runs: number;
  readonly seed: number;
  readonly databaseUrl: string | undefined;
  readonly reconRoot: string;
  readonly recon: readonly string[];
}

async function benchShape(lines: number, shape: Shape, b: Bench): Promise<SizeResult> {
  const { runs, databaseUrl, reconRoot, recon } = b;
  const started = Date.now();
  const pair = await ensureShape(lines, b.seed, shape);
  say(`\n== ${lines.toLocaleString('en-US')} lines a side, ${shapeName(shape)} (${pair.cached ? 'cached' : `made in ${((Date.now() - started) / 1000).toFixed(1)} s`}: ${pair.dir})`);
  const reportFile = join(BENCH_TMP, `report-${lines}-${shapeName(shape).replace(/[^a-z0-9]+/g, '-')}.json`);
  const reconWallMs: number[] = [];
  const reconPeakRssMb: number[] = [];
  const pgWallMs: number[] = [];
  const reconCpuS: number[] = [];
  const pgCpuS: number[] = [];
  let check = 'not checked';
  let hash = '';
  for (let run = 1; run <= runs; run += 1) {
    await rm(reportFile, { force: true });
    const r = await runNodeTimed([...recon, 'reconcile', '--bank', pair.bankFile, '--ledger', pair.ledgerFile, '--out', reportFile], { cwd: reconRoot });
    if (r.code !== 0) fail('recon reconcile', r);
    reconWallMs.push(r.wallMs);
    reconPeakRssMb.push(r.peakRssMb ?? Number.NaN);
    if (r.cpuS !== null) reconCpuS.push(r.cpuS);
    let line = `run ${run}/${runs}: recon ${(r.wallMs / 1000).toFixed(2)} s (CPU ${r.cpuS?.toFixed(1) ?? '?'} s), peak RSS ${Math.round(r.peakRssMb ?? Number.NaN)} MB`;
    if (run === 1) {
      const c = await checkReport(reportFile, pair.manifest, pair.extra);
      hash = await reportHash(reportFile, pair.dir);
      check = c.problems.length > 0 ? `FAIL: ${c.problems[0]}` : c.countDiffs.length > 0 ? `ok, counts differ (${c.countDiffs.length})` : 'ok, counts exact';
      for (const d of [...c.problems, ...c.countDiffs]) say(`  report: ${d}`);
    }
    if (databaseUrl !== undefined) {
      const pgRun = await runNodeTimed(['--import', 'tsx', 'test/bench/pg-baseline.ts', pair.bankFile, pair.ledgerFile], {
        cwd: REPO_ROOT,
        captureStdout: true,
        env: { DATABASE_URL: databaseUrl },
      });
      if (pgRun.code !== 0) fail('PostgreSQL baseline', pgRun);
      const out = BaselineOutput.parse(JSON.parse(pgRun.stdout));
      pgWallMs.push(pgRun.wallMs);
      // The baseline's CPU: its own client process plus the two server backends.
      const pgCpu = pgRun.cpuS !== null && out.serverCpuS !== null ? pgRun.cpuS + out.serverCpuS : null;
      if (pgCpu !== null) pgCpuS.push(pgCpu);
      const phases = Object.entries(out.phasesMs).map(([k, v]) => `${k} ${(v / 1000).toFixed(1)}`).join(', ');
      line += `; PG ${(pgRun.wallMs / 1000).toFixed(2)} s (CPU ${pgCpu?.toFixed(1) ?? '?'} s; ${phases}; matched ${out.pass1}+${out.pass2})`;
    }
    say(`  ${line}`);
  }
  return { lines, shape: shapeName(shape), order: shape.bank === shape.ledger ? shape.bank : 'mixed', runs, reconWallMs, reconPeakRssMb, pgWallMs, reconCpuS, pgCpuS, check, hash };
}

/**
 * How `recon` is started, as a user starts it: the bin (bot/bin/recon.mjs), after building the
 * compiled form it runs (so the figure is that of the code measured, never of a stale build).
 * A commit from before the build existed runs its sources through tsx, as its bin did.
 */
async function reconCommand(root: string): Promise<string[]> {
  try {
    await access(join(root, 'bot', 'bin', 'build.mjs'));
  } catch {
    say('recon: node --import tsx bot/recon.ts (this commit has no compiled build)');
    return ['--import', 'tsx', 'bot/recon.ts'];
  }
  const built = await runNodeTimed(['bot/bin/build.mjs'], { cwd: root });
  if (built.code !== 0) fail('npm run build', built);
  say(`recon: node bot/bin/recon.mjs, running the compiled build (.build/, made just now in ${(built.wallMs / 1000).toFixed(1)} s)`);
  return ['bot/bin/recon.mjs'];
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '100000,1000000' },
      runs: { type: 'string', default: '3' },
      seed: { type: 'string', default: '1' },
      'no-pg': { type: 'boolean', default: false },
      commit: { type: 'string' },
      order: { type: 'string', default: 'ascending,shuffled' },
      text: { type: 'string', default: 'zh' },
      'no-fees': { type: 'boolean', default: false },
    },
  });
  const text = values.text as Text;
  if (!(TEXTS as readonly string[]).includes(text)) throw new Error(`--text takes ${TEXTS.join('|')}`);
  const shapes: Shape[] = values.order.split(',').map((o) => ({ ...parseOrders(o.trim()), text, fees: !values['no-fees'] }));
  const sizes = values.sizes.split(',').map((s) => Number(s.trim()));
  const runs = Number(values.runs);
  const seed = Number(values.seed);
  if (sizes.some((n) => !Number.isSafeInteger(n) || n < 1) || !Number.isSafeInteger(runs) || runs < 1 || !Number.isSafeInteger(seed)) {
    throw new Error('usage: npm run bench -- [--sizes 100000,1000000] [--runs 3] [--seed 1] [--order ORDER[/ORDER],...] [--text ascii|zh] [--no-fees] [--no-pg] [--commit REV]');
  }
  // Tests and benches may read the environment; the product reads it only in bot/.
  const databaseUrl = values['no-pg'] ? undefined : process.env.DATABASE_URL || undefined;
  await mkdir(BENCH_TMP, { recursive: true });
  const code = values.commit === undefined ? null : await snapshot(values.commit);
  const reconRoot = code?.dir ?? REPO_ROOT;
  const machine = `${cpus().length} cores (${cpus()[0]?.model.trim() ?? 'unknown cpu'}), ${Math.round(totalmem() / 2 ** 30)} GB RAM, Node ${process.version}`;
  say(`recon reconcile benchmark: sizes ${sizes.join(', ')}, shapes ${shapes.map(shapeName).join('; ')}, ${runs} run(s) each, seed ${seed}`);
  say(`machine: ${machine}; load average at start ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  say(code ? `code: commit ${code.sha} (clean copy in ${code.dir})` : 'code: the working tree as it is (use --commit REV to measure a clean commit)');
  say(databaseUrl ? 'PostgreSQL baseline: on (DATABASE_URL)' : 'PostgreSQL baseline: off (set DATABASE_URL to compare)');

  const recon = await reconCommand(reconRoot);
  const startup: number[] = [];
  for (let i = 0; i < 3; i += 1) startup.push((await runNodeTimed([...recon, '--help'], { cwd: reconRoot })).wallMs);
  say(`process start-up (recon --help, median of 3): ${(median(startup) / 1000).toFixed(2)} s, included in every recon time below`);

  const results: SizeResult[] = [];
  const bench: Bench = { runs, seed, databaseUrl, reconRoot, recon };
  for (const lines of sizes) for (const shape of shapes) results.push(await benchShape(lines, shape, bench));

  say('');
  say(table(results));
  say('');
  const v = verdicts(results, databaseUrl !== undefined, sizes, median(startup));
  for (const x of v) say(`${x.status.padEnd(4)}  ${x.target}: ${x.measured}`);
  say(`load average at end ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  const file = join(BENCH_TMP, 'results-latest.json');
  await writeFile(file, `${JSON.stringify({ date: new Date().toISOString(), machine, commit: code?.sha ?? 'working tree', seed, startupMs: startup, results, verdicts: v }, null, 2)}\n`);
  say(`results: ${file}`);
}

await main();
