/**
 * A stable serialiser for the JSON report: keys always in the contract's order (whatever order
 * the object was built in), one match or difference per line so a million-line report streams
 * in chunks instead of being built as one giant string. Same report → same bytes.
 */
import type { JsonDifference, JsonMatch } from '../model.ts';
import { PairMatch } from '../match/claims.ts';
import type { Difference, Match, Reconciliation } from '../match/types.ts';
import { JsonFormatter, jsonReportHead, type JsonReportExt } from './json.ts';

const q = JSON.stringify;

/**
 * A JSON string literal; printable ASCII without `"` or `\` (every generated id and amount) is
 * quoted as is, anything else (ids come from files) goes through JSON.stringify's escaping.
 */
function str(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 || c > 0x7e || c === 0x22 || c === 0x5c) return q(text);
  }
  return `"${text}"`;
}

/** Items are written into batches of about this many characters, not yielded one by one. */
const BATCH = 65_536;

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
  let out = `  ${q(name)}: [\n`;
  let i = 0;
  for (const item of items) {
    out += `    ${one(item)}${++i < length ? ',' : ''}\n`;
    if (out.length >= BATCH) {
      yield out;
      out = '';
    }
  }
  yield `${out}  ]${last ? '' : ','}\n`;
}

type Head = Omit<JsonReportExt, 'matches' | 'differences'>;

function ids(xs: readonly string[]): string {
  let out = '[';
  for (let i = 0; i < xs.length; i++) out += i === 0 ? str(xs[i]!) : `,${str(xs[i]!)}`;
  return `${out}]`;
}

function txIds(xs: readonly { readonly id: string }[]): string {
  let out = '[';
  for (let i = 0; i < xs.length; i++) out += i === 0 ? str(xs[i]!.id) : `,${str(xs[i]!.id)}`;
  return `${out}]`;
}

const jsonMatch = (m: JsonMatch): string => `{"rule":${str(m.rule)},"bank":${ids(m.bank)},"ledger":${ids(m.ledger)},"difference":${str(m.difference)}}`;
const jsonDifference = (d: JsonDifference): string => `{"kind":${str(d.kind)},"side":${str(d.side)},"ids":${ids(d.ids)},"amount":${str(d.amount)}}`;

/** The report as text chunks; concatenated they form one JSON document ending in a newline. */
export function jsonReportChunks(r: JsonReportExt): Generator<string> {
  return chunks(r, eager(r.matches), jsonMatch, eager(r.differences), jsonDifference);
}

/**
 * The same bytes as `jsonReportChunks(toJsonReport(r))`, without building the JSON objects of a
 * million matches first: each match is turned into JSON as it is written.
 */
export function reconciliationJsonChunks(r: Reconciliation): Generator<string> {
  const f = new JsonFormatter(r.currency);
  // Written straight from the engine's matches: no JsonMatch objects or id arrays in between.
  const match = (m: Match): string =>
    m instanceof PairMatch
      ? `{"rule":${str(m.rule)},"bank":[${str(m.bankTx.id)}],"ledger":[${str(m.ledgerTx.id)}],"difference":${str(f.amount(m.difference))}}`
      : `{"rule":${str(m.rule)},"bank":${txIds(m.bank)},"ledger":${txIds(m.ledger)},"difference":${str(f.amount(m.difference))}}`;
  const difference = (d: Difference): string => `{"kind":${str(d.kind)},"side":${str(d.side)},"ids":${ids(d.ids)},"amount":${str(f.amount(d.amount))}}`;
  return chunks(jsonReportHead(r), eager(r.matches), match, eager(r.differences), difference);
}

function* chunks<M, D>(r: Head, matches: Items<M>, match: (m: M) => string, differences: Items<D>, difference: (d: D) => string): Generator<string> {
  const s = r.summary;
  const b = r.balance;
  yield '{\n';
  yield `  "summary": {"bankCount":${s.bankCount},"ledgerCount":${s.ledgerCount},"matchedBank":${s.matchedBank},"matchedLedger":${s.matchedLedger},"differences":${s.differences},"balanced":${s.balanced}},\n`;
  yield* list('matches', matches, match);
  yield* list('differences', differences, difference);
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
