/**
 * The blind-written question sets the FAQ learns from, in the order they were written: each was
 * written by a helper who never saw the knowledge base and labelled afterwards by helpers who read
 * only the knowledge base (BLIND-SETS.md). dev and dev3 … dev34 were blind sets, scored once and
 * then retired; train11a/b/c, train12a/b, train13 and train14 were written and labelled the same way to be learnt from, and were
 * never scored blind. Their labelled questions are the FAQ's field phrasings
 * (learn-phrasings.ts, dialogs/faq/field.ts); `set` is the name a phrasing records. The evaluation
 * (eval-faq.ts), the gate's fit (train-gate.ts) and field.test.ts score each without its own
 * phrasings. A set that is still blind is never listed here (blind-guard.test.ts).
 */
import { fileURLToPath } from 'node:url';

const here = (name: string) => fileURLToPath(new URL(name, import.meta.url));

export const FIELD_SETS: readonly { set: string; path: string }[] = [
  { set: 'dev', path: here('./dev-set.yaml') },
  ...['dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8', 'dev9', 'dev10', 'train11a', 'train11b', 'train11c', 'dev11', 'train12a', 'train12b', 'dev12', 'train13', 'dev13', 'dev14', 'dev15', 'train14', 'dev16', 'dev17', 'dev18', 'dev19', 'dev20', 'dev21', 'dev22', 'dev23', 'dev24', 'dev25', 'dev26', 'dev27', 'dev28', 'dev29', 'dev30', 'dev31', 'dev32', 'dev33', 'dev34'].map((set) => ({ set, path: here(`./${set}/labels.yaml`) })),
];
