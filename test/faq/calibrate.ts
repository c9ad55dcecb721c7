/**
 * `npx tsx test/faq/calibrate.ts`: tries decision thresholds on the tuned sets (eval, holdout and,
 * when present, dev) and prints hit@1, false accept and the "did you mean" rate for each, best
 * first. Retrieval runs once per question; only the decision is replayed. The blind set is never read.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createFaq } from '../../dialogs/faq/answer.ts';
import type { Thresholds } from '../../dialogs/faq/config.ts';
import { decide } from '../../dialogs/faq/decide.ts';
import { smallTalkOf } from '../../dialogs/faq/smalltalk.ts';
import { loadEvalSet } from './evaluate.ts';

const files = ['./eval-set.yaml', './holdout-set.yaml', './dev-set.yaml'].map((f) => fileURLToPath(new URL(f, import.meta.url))).filter(existsSync);
const items = files.flatMap((f) => loadEvalSet(f));
const faq = await createFaq();
const ranked = items.map((it) => ({ it, hits: faq.search.search(it.q, it.asker, 5), small: smallTalkOf(it.q) !== undefined }));

function score(t: Thresholds) {
  let hit = 0, answerable = 0, inScope = 0, dym = 0, decline = 0, accepted = 0;
  for (const { it, hits, small } of ranked) {
    const d = small ? { kind: 'smalltalk' as const } : decide(hits, t);
    const shown = d.kind === 'answer' ? d.hit.entry.id : d.kind === 'suggest' ? d.choices[0]?.entry.id : undefined;
    if (it.expect === null) {
      decline++;
      if (d.kind !== 'unknown') accepted++;
      continue;
    }
    answerable++;
    if (it.expect === 'smalltalk' ? d.kind === 'smalltalk' : shown === it.expect || it.also.includes(shown ?? '')) hit++;
    if (it.expect !== 'smalltalk') {
      inScope++;
      if (d.kind === 'suggest') dym++;
    }
  }
  return { hitAt1: hit / answerable, falseAccept: accepted / Math.max(decline, 1), didYouMean: dym / Math.max(inScope, 1) };
}

const rows: { t: Thresholds; r: ReturnType<typeof score> }[] = [];
for (const suggest of [0.26, 0.28, 0.3, 0.32, 0.34, 0.36])
  for (const answer of [0.4, 0.45, 0.5])
    for (const margin of [0, 0.005, 0.01, 0.02, 0.03])
      for (const lead of [0.05, 0.08, 0.1, 0.15, 0.2]) {
        const t = { suggest, answer, margin, lead };
        rows.push({ t, r: score(t) });
      }
rows.sort((a, b) => b.r.hitAt1 - a.r.hitAt1 || a.r.falseAccept - b.r.falseAccept || a.r.didYouMean - b.r.didYouMean);
process.stdout.write(`${items.length} questions from ${files.length} sets\n`);
for (const { t, r } of rows.filter((x) => x.r.falseAccept <= 0.05 && x.r.didYouMean <= 0.1).slice(0, 15))
  process.stdout.write(`${JSON.stringify(t)}  hit@1 ${r.hitAt1.toFixed(3)}  FA ${r.falseAccept.toFixed(3)}  DYM ${r.didYouMean.toFixed(3)}\n`);
process.stdout.write(`current default: ${JSON.stringify(score({ suggest: 0.3, answer: 0.45, margin: 0.03, lead: 0.1 }))}\n`);
