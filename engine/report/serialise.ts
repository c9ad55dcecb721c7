/**
 * A stable serialiser for the JSON report: keys always in the contract's order (whatever order
 * the object was built in), one match or difference per line so a million-line report streams
 * in chunks instead of being built as one giant string. Same report → same bytes.
 */
import type { JsonReportExt } from './json.ts';

const q = JSON.stringify;

function list<T>(name: string, items: readonly T[], one: (x: T) => string, last = false): Iterable<string> {
  return (function* () {
    if (items.length === 0) {
      yield `  ${q(name)}: []${last ? '' : ','}\n`;
      return;
    }
    yield `  ${q(name)}: [\n`;
    for (let i = 0; i < items.length; i++) yield `    ${one(items[i]!)}${i + 1 < items.length ? ',' : ''}\n`;
    yield `  ]${last ? '' : ','}\n`;
  })();
}

const ids = (xs: readonly string[]): string => `[${xs.map((x) => q(x)).join(',')}]`;

/** The report as text chunks; concatenated they form one JSON document ending in a newline. */
export function* jsonReportChunks(r: JsonReportExt): Generator<string> {
  const s = r.summary;
  const b = r.balance;
  yield '{\n';
  yield `  "summary": {"bankCount":${s.bankCount},"ledgerCount":${s.ledgerCount},"matchedBank":${s.matchedBank},"matchedLedger":${s.matchedLedger},"differences":${s.differences},"balanced":${s.balanced}},\n`;
  yield* list('matches', r.matches, (m) => `{"rule":${q(m.rule)},"bank":${ids(m.bank)},"ledger":${ids(m.ledger)},"difference":${q(m.difference)}}`);
  yield* list('differences', r.differences, (d) => `{"kind":${q(d.kind)},"side":${q(d.side)},"ids":${ids(d.ids)},"amount":${q(d.amount)}}`);
  yield `  "balance": {"bankClosing":${q(b.bankClosing)},"ledgerClosing":${q(b.ledgerClosing)},"adjustedBank":${q(b.adjustedBank)},"adjustedLedger":${q(b.adjustedLedger)},"balanced":${b.balanced}},\n`;
  yield `  "currency": ${q(r.currency)},\n`;
  const o = r.options;
  yield `  "options": {"dateWindowDays":${o.dateWindowDays},"amountTolerance":${q(o.amountTolerance)},"dateBasis":${q(o.dateBasis)}},\n`;
  yield `  "closingSources": {"bank":${q(r.closingSources.bank)},"ledger":${q(r.closingSources.ledger)}},\n`;
  yield* list(
    'statements',
    r.statements,
    (x) =>
      `{"side":${q(x.side)},"file":${q(x.file)},"account":${q(x.account)},"currency":${q(x.currency)},"opening":${q(x.opening)},"closing":${q(x.closing)},"computedClosing":${q(x.computedClosing)},"addsUp":${q(x.addsUp)},"entries":${x.entries}}`,
  );
  yield* list('ambiguous', r.ambiguous, (a) => `{"amount":${q(a.amount)},"bank":${ids(a.bank)},"ledger":${ids(a.ledger)},"days":${a.days}}`, true);
  yield '}\n';
}

/** The whole report as one string (tests, small reports); the CLI streams `jsonReportChunks`. */
export function stringifyJsonReport(r: JsonReportExt): string {
  let out = '';
  for (const chunk of jsonReportChunks(r)) out += chunk;
  return out;
}
