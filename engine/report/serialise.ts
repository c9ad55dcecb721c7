/**
 * A stable serialiser for the JSON report: keys always in the contract's order (whatever order
 * the object was built in), one match or difference per line so a million-line report streams
 * in chunks instead of being built as one giant string. Same report → same bytes.
 */
import type { JsonDifference, JsonMatch } from '../model.ts';
import type { Reconciliation } from '../match/types.ts';
import { JsonFormatter, jsonReportHead, type JsonReportExt } from './json.ts';

const q = JSON.stringify;

/** A list of known length whose items may be produced lazily. */
interface Items<T> {
  readonly length: number;
  readonly items: Iterable<T>;
}

const eager = <T>(xs: readonly T[]): Items<T> => ({ length: xs.length, items: xs });

function* list<T>(name: string, { length, items }: Items<T>, one: (x: T) => string, last = false): Generator<string> {
  if (length === 0) {
    yield `  ${q(name)}: []${last ? '' : ','}\n`;
    return;
  }
  yield `  ${q(name)}: [\n`;
  let i = 0;
  for (const item of items) yield `    ${one(item)}${++i < length ? ',' : ''}\n`;
  yield `  ]${last ? '' : ','}\n`;
}

type Head = Omit<JsonReportExt, 'matches' | 'differences'>;

const ids = (xs: readonly string[]): string => `[${xs.map((x) => q(x)).join(',')}]`;

/** The report as text chunks; concatenated they form one JSON document ending in a newline. */
export function jsonReportChunks(r: JsonReportExt): Generator<string> {
  return chunks(r, eager(r.matches), eager(r.differences));
}

/**
 * The same bytes as `jsonReportChunks(toJsonReport(r))`, without building the JSON objects of a
 * million matches first: each match is turned into JSON as it is written.
 */
export function reconciliationJsonChunks(r: Reconciliation): Generator<string> {
  const f = new JsonFormatter(r.currency);
  const lazy = <A, B>(xs: readonly A[], map: (x: A) => B): Items<B> => ({
    length: xs.length,
    items: (function* () {
      for (const x of xs) yield map(x);
    })(),
  });
  return chunks(jsonReportHead(r), lazy(r.matches, (m) => f.match(m)), lazy(r.differences, (d) => f.difference(d)));
}

function* chunks(r: Head, matches: Items<JsonMatch>, differences: Items<JsonDifference>): Generator<string> {
  const s = r.summary;
  const b = r.balance;
  yield '{\n';
  yield `  "summary": {"bankCount":${s.bankCount},"ledgerCount":${s.ledgerCount},"matchedBank":${s.matchedBank},"matchedLedger":${s.matchedLedger},"differences":${s.differences},"balanced":${s.balanced}},\n`;
  yield* list('matches', matches, (m) => `{"rule":${q(m.rule)},"bank":${ids(m.bank)},"ledger":${ids(m.ledger)},"difference":${q(m.difference)}}`);
  yield* list('differences', differences, (d) => `{"kind":${q(d.kind)},"side":${q(d.side)},"ids":${ids(d.ids)},"amount":${q(d.amount)}}`);
  yield `  "balance": {"bankClosing":${q(b.bankClosing)},"ledgerClosing":${q(b.ledgerClosing)},"adjustedBank":${q(b.adjustedBank)},"adjustedLedger":${q(b.adjustedLedger)},"balanced":${b.balanced}},\n`;
  yield `  "currency": ${q(r.currency)},\n`;
  const o = r.options;
  yield `  "options": {"dateWindowDays":${o.dateWindowDays},"amountTolerance":${q(o.amountTolerance)},"dateBasis":${q(o.dateBasis)}},\n`;
  yield `  "closingSources": {"bank":${q(r.closingSources.bank)},"ledger":${q(r.closingSources.ledger)}},\n`;
  yield* list(
    'statements',
    eager(r.statements),
    (x) =>
      `{"side":${q(x.side)},"file":${q(x.file)},"account":${q(x.account)},"currency":${q(x.currency)},"opening":${q(x.opening)},"closing":${q(x.closing)},"computedClosing":${q(x.computedClosing)},"addsUp":${q(x.addsUp)},"entries":${x.entries}}`,
  );
  yield* list('ambiguous', eager(r.ambiguous), (a) => `{"amount":${q(a.amount)},"bank":${ids(a.bank)},"ledger":${ids(a.ledger)},"days":${a.days}}`, true);
  yield '}\n';
}

/** The whole report as one string (tests, small reports); the CLI streams `jsonReportChunks`. */
export function stringifyJsonReport(r: JsonReportExt): string {
  let out = '';
  for (const chunk of jsonReportChunks(r)) out += chunk;
  return out;
}
