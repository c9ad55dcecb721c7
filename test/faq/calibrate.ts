/**
 * `npx tsx test/faq/calibrate.ts [answer,suggest …]`: the answer gate's two thresholds (FAQ_GATE_ANSWER,
 * FAQ_GATE_SUGGEST) tried on the blind-written sets of sets.ts, each scored by a FAQ without its own
 * field phrasings (as eval-faq.ts scores them), pooled: hit@1, false accept and the "did you mean"
 * rate per pair, so a branch can choose where it stands between answering more and answering wrong
 * less. Runs the whole FAQ answer (small talk and off-topic rules included). Never reads a blind set.
 */
import { createFaq } from '../../dialogs/faq/answer.ts';
import { DEFAULT_THRESHOLDS } from '../../dialogs/faq/config.ts';
import { loadKnowledgeBase } from '../../dialogs/faq/load.ts';
import { evaluate, loadEvalSet } from './evaluate.ts';
import { FIELD_SETS } from './sets.ts';

const asked = process.argv.slice(2).map((a) => a.split(',').map(Number) as [number, number]);
const pairs: [number, number][] = asked.length ? asked : [[0, 0], [0.5, 0.4], [0.5, 0.5], [0.55, 0.55], [0.6, 0.5], [0.6, 0.6], [0.65, 0.65], [0.7, 0.7]];
const sets = FIELD_SETS.map(({ set, path }) => ({ kb: loadKnowledgeBase(undefined, { leaveOutFieldSets: new Set([set]) }), items: loadEvalSet(path) }));
process.stdout.write(`${sets.reduce((n, s) => n + s.items.length, 0)} questions from ${sets.length} sets, each without its own field phrasings\n`);
for (const [gateAnswer, gateSuggest] of pairs) {
  let hits = 0, answerable = 0, accepted = 0, mustDecline = 0, suggested = 0;
  for (const { kb, items } of sets) {
    const r = await evaluate(await createFaq({ thresholds: { ...DEFAULT_THRESHOLDS, gateAnswer, gateSuggest } }, { kb }), items);
    hits += r.hitAt1 * r.answerable;
    answerable += r.answerable;
    accepted += r.falseAccept * r.mustDecline;
    mustDecline += r.mustDecline;
    suggested += r.didYouMean * r.answerable;
  }
  const mark = gateAnswer === DEFAULT_THRESHOLDS.gateAnswer && gateSuggest === DEFAULT_THRESHOLDS.gateSuggest ? '  (default)' : '';
  process.stdout.write(`gate ${gateAnswer.toFixed(2)} / ${gateSuggest.toFixed(2)}: hit@1 ${(hits / answerable).toFixed(3)}  false accept ${(accepted / mustDecline).toFixed(3)}  did you mean ${(suggested / answerable).toFixed(3)}${mark}\n`);
}
