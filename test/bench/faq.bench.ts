/**
 * `npm run bench:faq -- [--against DIR] [--runs N] [--passes P] [--set LABELS_YAML]`: the FAQ's time
 * per question (p50, p95 ms) on a labelled set's questions, measured in separate processes
 * (faq-probe.ts), each a warm-up and P passes. With `--against DIR` (a checkout of another commit,
 * e.g. `git worktree add --detach ../base <commit>` with `node_modules` linked in) the two are
 * measured alternately, N times each, and the medians are printed with their ratio: the machine's
 * speed cancels out, which a single p95 (the target is 5 ms) cannot say. Defaults: 5 runs, 5
 * passes, the newest retired blind set.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { median } from './measure.ts';

const args = process.argv.slice(2);
const flag = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const here = fileURLToPath(new URL('../..', import.meta.url)).replace(/\/$/, '');
const against = flag('--against');
const runs = Number(flag('--runs') ?? 5);
const passes = Number(flag('--passes') ?? 5);
const set = flag('--set') ?? `${here}/test/faq/dev34/labels.yaml`;
const probe = fileURLToPath(new URL('./faq-probe.ts', import.meta.url));

function measure(root: string): { p50: number; p95: number; questions: number } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', probe, root, set, String(passes)], { cwd: here, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`faq-probe failed for ${root}: ${r.stderr.trim().split('\n').slice(-3).join(' | ')}`);
  return JSON.parse(r.stdout.trim().split('\n').at(-1)!);
}

const roots = against ? [here, against] : [here];
const results = new Map<string, { p50: number[]; p95: number[] }>(roots.map((r) => [r, { p50: [], p95: [] }]));
let questions = 0;
for (let run = 0; run < runs; run++) {
  for (const root of run % 2 === 0 ? roots : [...roots].reverse()) {
    const m = measure(root);
    questions = m.questions;
    results.get(root)!.p50.push(m.p50);
    results.get(root)!.p95.push(m.p95);
  }
}
process.stdout.write(`${questions} questions of ${set}; median of ${runs} runs, each the median of ${passes} passes after a warm-up\n`);
for (const root of roots) {
  const r = results.get(root)!;
  process.stdout.write(`  ${root === here ? 'this checkout' : root}: p50 ${median(r.p50).toFixed(2)} ms, p95 ${median(r.p95).toFixed(2)} ms (p95 per run: ${r.p95.map((x) => x.toFixed(2)).join(' ')})\n`);
}
if (against) {
  const ratio = median(results.get(here)!.p95) / median(results.get(against)!.p95);
  process.stdout.write(`p95 this checkout / ${against}: ${ratio.toFixed(2)}×\n`);
}
