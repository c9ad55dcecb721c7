/**
 * `npx tsx test/faq/train-gate.ts [--write]`: fits the answer gate (dialogs/faq/gate.ts), a
 * logistic regression on FaqSearch.signals, to the tuned sets only (eval, hold-out, dev, oos, the
 * near-miss set, and the retired blind-written sets of sets.ts; never a blind set; the field-phrasing sets each scored without their own
 * phrasings). The target: the entry the person would be shown first is a
 * right one (a must-decline question never has one). Prints five-fold cross-validated figures and,
 * with --write, stores the weights fitted on everything in dialogs/faq/gate-weights.ts.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createFaq } from '../../dialogs/faq/answer.ts';
import { loadKnowledgeBase } from '../../dialogs/faq/load.ts';
import { FEATURES, featureVector, type GateWeights } from '../../dialogs/faq/gate.ts';
import { scriptLang } from '../../engine/i18n/index.ts';
import { loadEvalSet } from './evaluate.ts';
import { writeWeights } from './weights-file.ts';
import { FIELD_SETS } from './sets.ts';

// dev7 joined once the gate read field phrasings and declined questions: fitted with it then, the
// gate still declines "what is the capital of France" (before, it had let that through as a "did you mean").
const here = (name: string) => fileURLToPath(new URL(name, import.meta.url));
const SETS: { path: string; field?: string }[] = [
  ...['./eval-set.yaml', './holdout-set.yaml', './oos-set.yaml', './neargap-set.yaml'].map((f) => ({ path: here(f) })),
  ...FIELD_SETS.map(({ set, path }) => ({ path, field: set })),
];
const files = SETS.filter((s) => existsSync(s.path));
const full = await createFaq({}, { gate: null });

interface Row { x: number[]; y: number; q: string }
const rows: Row[] = [];
// A set whose questions are field phrasings is seen as the search sees a new question: without its own
// phrasings (leave one set out), or every one of its questions would match itself.
for (const set of files) {
  const faq = set.field ? await createFaq({}, { gate: null, kb: loadKnowledgeBase(undefined, { leaveOutFieldSets: new Set([set.field]) }) }) : full;
  for (const it of loadEvalSet(set.path)) {
    if (it.expect === 'smalltalk') continue;
    const reply = await faq.answer(it.q, { lang: scriptLang(it.q) ?? 'zh-CN', asker: it.asker });
    if (reply.kind !== 'answer' && reply.kind !== 'suggest') continue;
    const shown = reply.kind === 'answer' ? reply.sources[0]?.id : reply.suggestionIds[0];
    const hits = faq.search.search(it.q, it.asker, 5);
    const signals = faq.search.signals(it.q, hits);
    if (!signals || !shown) continue;
    const right = it.expect !== null && (shown === it.expect || it.also.includes(shown));
    rows.push({ x: featureVector(signals), y: right ? 1 : 0, q: it.q });
  }
}

/** Plain batch gradient descent with an L2 penalty; features are standardised first. */
function fit(train: readonly Row[], l2 = 0.01, steps = 4000, rate = 0.5): GateWeights {
  const n = FEATURES.length;
  const mean = Array.from({ length: n }, (_, j) => train.reduce((s, r) => s + r.x[j]!, 0) / train.length);
  const sd = Array.from({ length: n }, (_, j) => Math.sqrt(train.reduce((s, r) => s + (r.x[j]! - mean[j]!) ** 2, 0) / train.length) || 1);
  const z = train.map((r) => r.x.map((v, j) => (v - mean[j]!) / sd[j]!));
  const w = new Array<number>(n).fill(0);
  let b = 0;
  for (let step = 0; step < steps; step++) {
    const gw = new Array<number>(n).fill(0);
    let gb = 0;
    z.forEach((x, i) => {
      const p = 1 / (1 + Math.exp(-(b + x.reduce((s, v, j) => s + v * w[j]!, 0))));
      const e = p - train[i]!.y;
      gb += e;
      x.forEach((v, j) => (gw[j]! += e * v));
    });
    for (let j = 0; j < n; j++) w[j]! -= rate * (gw[j]! / z.length + l2 * w[j]!);
    b -= rate * (gb / z.length);
  }
  // Back to the raw features' scale, so the gate needs no standardisation at run time.
  const weights = w.map((wj, j) => wj / sd[j]!);
  const bias = b - w.reduce((s, wj, j) => s + (wj * mean[j]!) / sd[j]!, 0);
  return { features: [...FEATURES], weights: weights.map((v) => Math.round(v * 1e4) / 1e4), bias: Math.round(bias * 1e4) / 1e4 };
}

const prob = (g: GateWeights, x: readonly number[]) => 1 / (1 + Math.exp(-(g.bias + x.reduce((s, v, j) => s + v * g.weights[j]!, 0))));

// Five-fold cross-validation (rows dealt round-robin, so every fold has every set).
const folds = 5;
const scored: { p: number; y: number }[] = [];
for (let k = 0; k < folds; k++) {
  const g = fit(rows.filter((_, i) => i % folds !== k));
  rows.forEach((r, i) => i % folds === k && scored.push({ p: prob(g, r.x), y: r.y }));
}
const pos = rows.filter((r) => r.y === 1).length;
process.stdout.write(`${rows.length} answered questions from ${files.length} tuned sets: ${pos} right, ${rows.length - pos} wrong or must-decline\n`);
process.stdout.write('cross-validated: threshold → right kept / wrong let through\n');
for (const t of [0.3, 0.4, 0.5, 0.6, 0.7]) {
  const keptRight = scored.filter((s) => s.y === 1 && s.p >= t).length;
  const keptWrong = scored.filter((s) => s.y === 0 && s.p >= t).length;
  process.stdout.write(`  ${t.toFixed(2)}  ${keptRight}/${pos}  ${keptWrong}/${rows.length - pos}\n`);
}
const all = fit(rows);
process.stdout.write(`${JSON.stringify(all)}\n`);
if (process.argv.includes('--write')) writeWeights(all, { file: 'gate-weights.ts', name: 'GATE_WEIGHTS', type: 'GateWeights', from: 'gate.ts', script: 'test/faq/train-gate.ts' });
