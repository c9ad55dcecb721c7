/**
 * A stable serialiser for the JSON report: keys always in the contract's order (whatever order
 * the object was built in), one match or difference per line so a million-line report streams
 * in chunks instead of being built as one giant string. Same report → same bytes.
 */
import { Buffer } from 'node:buffer';
import type { JsonDifference, JsonMatch } from '../model.ts';
import { PairMatch } from '../match/match.ts';
import type { Difference, Match, Reconciliation } from './types.ts';
import { BytePages, bytes, END_ITEM } from './json-bytes.ts';
import { JsonFormatter, jsonReportHead, type JsonReportExt } from './json.ts';

/** A piece of the report: text, or (the long lists of `reconciliationJsonChunks`) UTF-8 bytes. */
export type ReportChunk = string | Uint8Array;

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

const jsonMatch = (m: JsonMatch): string => `{"rule":${str(m.rule)},"bank":${ids(m.bank)},"ledger":${ids(m.ledger)},"difference":${str(m.difference)}}`;
const jsonDifference = (d: JsonDifference): string => `{"kind":${str(d.kind)},"side":${str(d.side)},"ids":${ids(d.ids)},"amount":${str(d.amount)}}`;

/** The report as text chunks; concatenated they form one JSON document ending in a newline. */
export function jsonReportChunks(r: JsonReportExt): Generator<string> {
  return chunks(r, list('matches', eager(r.matches), jsonMatch), list('differences', eager(r.differences), jsonDifference));
}

/**
 * The same bytes as `jsonReportChunks(toJsonReport(r))`, without building the JSON objects of a
 * million matches first: each match is written as UTF-8 bytes straight from the engine's match
 * (no JsonMatch objects, id arrays or strings in between). The rest of the report is text.
 * With `reusePages`, a byte chunk is valid only until the next one is asked for (see BytePages):
 * for a consumer that writes each chunk out before it goes on.
 */
export function reconciliationJsonChunks(r: Reconciliation, reusePages = false): Generator<ReportChunk> {
  const f = new JsonFormatter(r.currency);
  const match = (m: Match, out: BytePages): void => {
    if (m instanceof PairMatch) {
      out.pair(ruleHead(m.rule), m.bankTx.id, m.ledgerTx.id, f.amount(m.difference));
      return;
    }
    out.raw(ruleHead(m.rule));
    out.strs(m.bank.map((t) => t.id));
    out.raw(LEDGER);
    out.strs(m.ledger.map((t) => t.id));
    out.raw(DIFFERENCE);
    out.str(f.amount(m.difference));
    out.raw(END_ITEM);
  };
  const difference = (d: Difference, out: BytePages): void => {
    out.raw(KIND);
    out.str(d.kind);
    out.raw(SIDE);
    out.str(d.side);
    out.raw(IDS);
    out.strs(d.ids);
    out.raw(AMOUNT);
    out.str(f.differenceAmount(d));
    out.raw(END_ITEM);
  };
  return chunks(jsonReportHead(r), byteList('matches', r.matches, match, reusePages), byteList('differences', r.differences, difference, reusePages));
}

const LEDGER = bytes(',"ledger":');
const DIFFERENCE = bytes(',"difference":');
const KIND = bytes('{"kind":');
const SIDE = bytes(',"side":');
const IDS = bytes(',"ids":');
const AMOUNT = bytes(',"amount":');
const INDENT = bytes('    ');
const NEXT = bytes(',\n');
const LAST = bytes('\n');
const RULE_HEADS = new Map<string, Uint8Array>();

/** `{"rule":"reference","bank":` and so on, made once per rule. */
function ruleHead(rule: string): Uint8Array {
  let head = RULE_HEADS.get(rule);
  if (head === undefined) RULE_HEADS.set(rule, (head = bytes(`{"rule":${str(rule)},"bank":`)));
  return head;
}

/** `list` (never the report's last) with each item written as bytes into 64 KB pages. */
function* byteList<T>(name: string, items: readonly T[], one: (x: T, out: BytePages) => void, reusePages: boolean): Generator<ReportChunk> {
  if (items.length === 0) {
    yield `  ${q(name)}: [],\n`;
    return;
  }
  yield `  ${q(name)}: [\n`;
  const out = new BytePages(reusePages);
  for (let i = 0; i < items.length; i++) {
    out.raw(INDENT);
    one(items[i]!, out);
    out.raw(i + 1 < items.length ? NEXT : LAST);
    if (out.full) yield out.take();
  }
  yield out.take();
  yield '  ],\n';
}

function* chunks<C extends ReportChunk>(r: Head, matches: Iterable<C>, differences: Iterable<C>): Generator<C | string> {
  const s = r.summary;
  const b = r.balance;
  yield '{\n';
  yield `  "summary": {"bankCount":${s.bankCount},"ledgerCount":${s.ledgerCount},"matchedBank":${s.matchedBank},"matchedLedger":${s.matchedLedger},"differences":${s.differences},"balanced":${s.balanced}},\n`;
  yield* matches;
  yield* differences;
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
  yield* list('ambiguous', eager(r.ambiguous), (a) => `{"amount":${q(a.amount)},"bank":${ids(a.bank)},"ledger":${ids(a.ledger)},"days":${a.days}}`);
  yield `  "openingSources": {"bank":${q(r.openingSources.bank)},"ledger":${q(r.openingSources.ledger)}},\n`;
  const opening = (o: Head['openings']['bank']): string =>
    `{"amount":${q(o.amount)},"source":${q(o.source)},"asOf":${q(o.asOf)},"setBy":${q(o.setBy)},"period":${q(o.period)}}`;
  yield `  "openings": {"bank":${opening(r.openings.bank)},"ledger":${opening(r.openings.ledger)}},\n`;
  yield* list(
    'openingGaps',
    eager(r.openingGaps),
    (g) => `{"side":${q(g.side)},"stated":${q(g.stated)},"given":${q(g.given)},"givenSource":${q(g.givenSource)},"period":${q(g.period)},"asOf":${q(g.asOf)}}`,
    true,
  );
  yield '}\n';
}

/** The whole report as one string (tests, small reports); the CLI streams `jsonReportChunks`. */
export function stringifyJsonReport(r: JsonReportExt): string {
  return chunksText(jsonReportChunks(r));
}

/** Report chunks, text and bytes, as one string. */
export function chunksText(chunks: Iterable<ReportChunk>): string {
  const parts: Buffer[] = [];
  for (const c of chunks) parts.push(typeof c === 'string' ? Buffer.from(c, 'utf8') : Buffer.from(c.buffer, c.byteOffset, c.byteLength));
  return Buffer.concat(parts).toString('utf8');
}
