/**
 * `npx tsx test/faq/calibrate.ts`: tries decision thresholds, the answer gate's included, on the
 * tuned sets (eval, hold-out, dev, oos, near-miss) and prints hit@1, false accept and the "did you mean" rate of the best ones
 * and of the defaults. Each candidate runs the whole FAQ answer (small talk, off-topic redirects
 * included) over the same loaded knowledge base. The blind set is never read.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createFaq } from '../../dialogs/faq/answer.ts';
import { DEFAULT_THRESHOLDS, type Thresholds } from '../../dialogs/faq/config.ts';
import { loadKnowledgeBase } from '../../dialogs/faq/load.ts';
import { evaluate, loadEvalSet } from './evaluate.ts';

const files = ['./eval-set.yaml', './holdout-set.yaml', './dev-set.yaml', './oos-set.yaml', './neargap-set.yaml', './dev3/labels.yaml', './dev4/labels.yaml', './dev5/labels.yaml', './dev6/labels.yaml', './dev7/labels.yaml'].map((f) => fileURLToPath(new URL(f, import.meta.url))).filter(existsSync);
const items = files.flatMap((f) => loadEvalSet(f));
const kb = loadKnowledgeBase();

async function score(t: Thresholds) {
  const r = await evaluate(await createFaq({ thresholds: t }, { kb }), items);
  return { hitAt1: r.hitAt1, falseAccept: r.falseAccept, didYouMean: r.didYouMean };
}

const rows: { t: Thresholds; r: Awaited<ReturnType<typeof score>> }[] = [];
for (const suggest of [0.28, 0.3, 0.33, 0.35])
  for (const answer of [0.35, 0.4, 0.45])
    for (const lead of [0.03, 0.05, 0.1])
      for (const [gateAnswer, gateSuggest] of [[0, 0], [0.5, 0.3], [0.5, 0.4], [0.55, 0.45], [0.6, 0.5]] as const) {
        const t = { ...DEFAULT_THRESHOLDS, suggest, answer, lead, gateAnswer, gateSuggest };
        rows.push({ t, r: await score(t) });
      }
rows.sort((a, b) => b.r.hitAt1 - b.r.falseAccept - (a.r.hitAt1 - a.r.falseAccept) || a.r.didYouMean - b.r.didYouMean);
const line = (t: Thresholds, r: Awaited<ReturnType<typeof score>>) =>
  `${JSON.stringify(t)}  hit@1 ${r.hitAt1.toFixed(3)}  FA ${r.falseAccept.toFixed(3)}  DYM ${r.didYouMean.toFixed(3)}\n`;
process.stdout.write(`${items.length} questions from ${files.length} sets; best by hit@1 − false accept:\n`);
for (const { t, r } of rows.slice(0, 12)) process.stdout.write(line(t, r));
process.stdout.write(`default: ${line(DEFAULT_THRESHOLDS, await score(DEFAULT_THRESHOLDS))}`);
