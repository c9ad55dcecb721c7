/**
 * `npx tsx test/faq/learn-phrasings.ts [--write]`: makes dialogs/faq/kb/field/phrasings.yaml from
 * the blind-written sets of sets.ts (dev-set.yaml, dev3/ … dev34/, train11a/ … train14/): every question labelled with an
 * entry becomes a field phrasing of that entry (dialogs/faq/field.ts), tagged with its set, and a
 * must-decline question (out of scope, or a gap) a declined one. Left out: smalltalk, a question the
 * FAQ's rules answer before searching (a data look-up, an instruction, a banking request that names
 * no reconciliation), a question that folds to the same text as one of the entry's own phrasings or
 * an earlier field phrasing, and a question whose label names no entry. Reads no set that is still
 * blind (see blind-guard.test.ts); the team's own sets (eval, hold-out, near misses, out of scope)
 * stay out too, so they still measure the search. Without --write, prints what it would write.
 */
import { join } from 'node:path';
import { FIELD_FILE } from '../../dialogs/faq/field.ts';
import { fold } from '../../dialogs/faq/fold.ts';
import { mentionsReconciliation, redirectOf } from '../../dialogs/faq/offtopic.ts';
import { smallTalkOf } from '../../dialogs/faq/smalltalk.ts';
import { buildKnowledgeBase, DEFAULT_KB_DIR, parseKbFile } from '../../dialogs/faq/load.ts';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadEvalSet } from './evaluate.ts';
import { FIELD_SETS } from './sets.ts';


const byRule = (q: string): boolean => {
  const redirect = redirectOf(q);
  return smallTalkOf(q) !== undefined || redirect === 'data' || redirect === 'instruction' || (redirect !== 'none' && !mentionsReconciliation(q));
};
const key = (q: string) => fold(q).replace(/[\s\p{P}\p{S}]+/gu, '');

// The knowledge base's own entries, without any field phrasing.
const files = readdirSync(DEFAULT_KB_DIR).filter((f) => /\.ya?ml$/.test(f)).sort();
const kb = buildKnowledgeBase(files.flatMap((f) => parseKbFile(f, readFileSync(join(DEFAULT_KB_DIR, f), 'utf8'))));

const seen = new Set<string>();
for (const e of kb.entries) for (const v of [e.zh, e.en]) for (const t of [v.title, ...v.alternatives]) seen.add(`${e.id}\u0000${key(t)}`);
const taken = new Map<string, string>();
const out: { entry: string; set: string; q: string }[] = [];
const declined: { decline: 'out' | 'gap'; set: string; q: string }[] = [];
const skipped = { smalltalk: 0, rule: 0, own: 0, repeat: 0, conflict: 0, unknown: 0 };
for (const { set, path } of FIELD_SETS) {
  for (const it of loadEvalSet(path)) {
    if (it.expect === 'smalltalk') { skipped.smalltalk++; continue; }
    if (it.expect !== null && !kb.byId.has(it.expect)) { skipped.unknown++; continue; }
    // The rules answer these before any entry is searched (a data look-up, an attempt to instruct, a
    // banking request without a word of reconciliation, small talk): as an entry's phrasing they would
    // only teach the search what the FAQ never answers from it.
    if (it.expect !== null && byRule(it.q)) { skipped.rule++; continue; }
    const k = key(it.q);
    const label = it.expect ?? '-';
    if (seen.has(`${label}\u0000${k}`)) { skipped.own++; continue; }
    const earlier = taken.get(k);
    if (earlier !== undefined) { skipped[earlier === label ? 'repeat' : 'conflict']++; continue; }
    taken.set(k, label);
    if (it.expect === null) declined.push({ decline: it.gap ? 'gap' : 'out', set, q: it.q.trim() });
    else out.push({ entry: it.expect, set, q: it.q.trim() });
  }
}
out.sort((a, b) => (a.entry < b.entry ? -1 : a.entry > b.entry ? 1 : 0));
declined.sort((a, b) => (a.decline < b.decline ? -1 : a.decline > b.decline ? 1 : 0));

const lines = [
  '# Field phrasings (dialogs/faq/field.ts): questions written blind by helpers who never saw the knowledge base,',
  '# labelled afterwards with the entry that answers them. Made by `npx tsx test/faq/learn-phrasings.ts --write`',
  '# from the blind-written sets dev-set.yaml, dev3/ … dev34/ and train11a/ … train14/ (test/faq/sets.ts); do not edit by hand, edit the labels and run it again.',
  '# `set` names the set each came from: `npm run eval:faq` leaves a set\'s own phrasings out when it scores that set.',
  'phrasings:',
  // A JSON string is a valid YAML double-quoted scalar: one line, whatever the question holds.
  ...out.map((p) => `  - { entry: ${p.entry}, set: ${p.set}, q: ${JSON.stringify(p.q)} }`),
  '# Questions no entry answers: out of scope, or a need no entry meets (a gap). The answer gate weighs how much a question resembles them.',
  ...declined.map((p) => `  - { decline: ${p.decline}, set: ${p.set}, q: ${JSON.stringify(p.q)} }`),
];
const text = `${lines.join('\n')}\n`;
const counts = FIELD_SETS.map(({ set }) => `${set} ${out.filter((p) => p.set === set).length}`).join(', ');
process.stderr.write(`${out.length} field phrasings for ${new Set(out.map((p) => p.entry)).size} entries (${counts}), ${declined.length} declined questions; left out: ${JSON.stringify(skipped)}\n`);
if (process.argv.includes('--write')) writeFileSync(join(DEFAULT_KB_DIR, FIELD_FILE), text);
else process.stdout.write(text);
