/**
 * The readable report, in zh-CN or en: summary, matches by rule, differences by kind with amounts
 * and ids, ties left unmatched, statements that do not add up, and the balance statement laid out
 * as a 余额调节表 with its verdict. Long lists are cut (the JSON report always has everything).
 */
import { fill, messages, type Lang } from '../i18n/index.ts';
import { Decimal, formatAmountGrouped, minorUnits } from '../money.ts';
import { Total } from './total.ts';
import type { DifferenceKind, MatchRule } from '../model.ts';
import { bankCount, ledgerCount } from '../match/match.ts';
import type { Opening, OpeningGap, Reconciliation } from './types.ts';

/** Items listed per difference kind before "… N more". */
export const ITEMS_PER_KIND = 50;

const RULES: readonly Exclude<MatchRule, 'manual'>[] = ['reference', 'one_to_many', 'many_to_one', 'amount_date', 'tolerance'];
const KINDS: readonly DifferenceKind[] = ['amount_mismatch', 'duplicate', 'bank_only_credit', 'bank_only_debit', 'ledger_only_credit', 'ledger_only_debit'];

/** Renders a reconciliation for a person. Pure: returns the text, the caller prints it. */
export function renderTextReport(r: Reconciliation, lang: Lang): string {
  const m = messages(lang).report;
  const out: string[] = [fill(m.title, { currency: r.currency }), ''];
  out.push(...summarySection(r, lang), '');
  out.push(...matchesSection(r, lang), '');
  out.push(...differencesSection(r, lang), '');
  out.push(...ambiguitiesSection(r, lang), '');
  out.push(...statementsSection(r, lang), '');
  out.push(m.balanceHeading, ...balanceTable(r, lang), '');
  const gaps = openingGapLines(r, lang);
  if (gaps.length > 0) out.push(...gaps, '');
  out.push(verdict(r, lang));
  return `${out.join('\n')}\n`;
}

/** An amount as the report prints it: grouped, at the currency's scale. */
const amountIn =
  (currency: string) =>
  (d: Decimal): string =>
    formatAmountGrouped(d, currency);

function summarySection(r: Reconciliation, lang: Lang): string[] {
  const m = messages(lang).report;
  const matchedBank = r.matches.reduce((n, x) => n + bankCount(x), 0);
  const matchedLedger = r.matches.reduce((n, x) => n + ledgerCount(x), 0);
  return [
    m.summaryHeading,
    `  ${fill(m.summaryBank, { count: r.bankCount, matched: matchedBank })}`,
    `  ${fill(m.summaryLedger, { count: r.ledgerCount, matched: matchedLedger })}`,
    `  ${fill(m.summaryDifferences, { count: r.differences.length })}`,
    `  ${verdict(r, lang)}`,
  ];
}

function matchesSection(r: Reconciliation, lang: Lang): string[] {
  const t = messages(lang);
  const m = t.report;
  const out = [m.matchesHeading];
  const byRule = new Map<string, number>();
  for (const x of r.matches) byRule.set(x.rule, (byRule.get(x.rule) ?? 0) + 1);
  if (r.matches.length === 0) out.push(`  ${m.noMatches}`);
  for (const rule of RULES) {
    const count = byRule.get(rule);
    if (count) out.push(`  ${fill(m.matchLine, { rule: t.rules[rule], count })}`);
  }
  return out;
}

function differencesSection(r: Reconciliation, lang: Lang): string[] {
  const t = messages(lang);
  const m = t.report;
  const amt = amountIn(r.currency);
  const out = [m.differencesHeading];
  if (r.differences.length === 0) out.push(`  ${m.noDifferences}`);
  for (const kind of KINDS) {
    const items = r.differences.filter((d) => d.kind === kind);
    if (items.length === 0) continue;
    const sum = new Total(minorUnits(r.currency));
    for (const d of items) sum.add(d);
    out.push(`  ${fill(m.kindLine, { kind: t.kinds[kind], count: items.length, total: amt(sum.value) })}`);
    for (const d of items.slice(0, ITEMS_PER_KIND)) out.push(`    ${fill(m.itemLine, { ids: d.ids.join(', '), amount: amt(d.amount) })}`);
    if (items.length > ITEMS_PER_KIND) out.push(`    ${fill(m.more, { count: items.length - ITEMS_PER_KIND })}`);
  }
  return out;
}

function ambiguitiesSection(r: Reconciliation, lang: Lang): string[] {
  const m = messages(lang).report;
  const amt = amountIn(r.currency);
  const out = [m.ambiguousHeading];
  if (r.ambiguities.length === 0) out.push(`  ${m.none}`);
  for (const a of r.ambiguities.slice(0, ITEMS_PER_KIND)) {
    out.push(`  ${fill(m.ambiguousLine, { amount: amt(a.amount), bank: a.bank.join(', ') || m.none, ledger: a.ledger.join(', ') || m.none, days: a.days })}`);
  }
  if (r.ambiguities.length > ITEMS_PER_KIND) out.push(`  ${fill(m.more, { count: r.ambiguities.length - ITEMS_PER_KIND })}`);
  return out;
}

function statementsSection(r: Reconciliation, lang: Lang): string[] {
  const m = messages(lang).report;
  const amt = amountIn(r.currency);
  const out = [m.statementsHeading];
  if (r.statements.length === 0) out.push(`  ${m.none}`);
  for (const s of r.statements) {
    const where = { file: s.file, account: s.account || '-' };
    if (s.addsUp === null) out.push(`  ${fill(m.statementUnknown, where)}`);
    else if (s.addsUp) out.push(`  ${fill(m.statementOk, where)}`);
    else {
      const computed = s.computedClosing!;
      const closing = s.closing!;
      out.push(`  ${fill(m.statementBad, { ...where, computed: amt(computed), closing: amt(closing), gap: amt(closing.minus(computed)) })}`);
    }
  }
  return out;
}

function verdict(r: Reconciliation, lang: Lang): string {
  const m = messages(lang).report;
  return r.balance.balanced ? m.balanced : fill(m.unbalanced, { gap: formatAmountGrouped(r.balance.gap, r.currency) });
}

/** Display width: CJK and full-width characters take two columns in a terminal. */
function width(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}

function balanceTable(r: Reconciliation, lang: Lang): string[] {
  const m = messages(lang).report;
  const b = r.balance;
  const sum = (kind: DifferenceKind): Decimal => r.differences.filter((d) => d.kind === kind).reduce((s, d) => s.plus(d.amount), new Decimal(0));
  const rows: [string, Decimal | null][] = [
    [fill(m.withSource, { label: `[${m.bankSide}]`, source: m.closingSource[b.bankClosingSource] }), null],
    [openingLine(r.openings.bank, r.currency, lang), null],
    [m.bankClosing, b.bankClosing],
    [m.addLedgerOnlyCredit, sum('ledger_only_credit')],
    [m.lessLedgerOnlyDebit, sum('ledger_only_debit').neg()],
    [m.lessBankDuplicates, b.bankDuplicates],
    [m.adjustedBank, b.adjustedBank],
    [fill(m.withSource, { label: `[${m.ledgerSide}]`, source: m.closingSource[b.ledgerClosingSource] }), null],
    [openingLine(r.openings.ledger, r.currency, lang), null],
    [m.ledgerClosing, b.ledgerClosing],
    [m.addBankOnlyCredit, sum('bank_only_credit')],
    [m.lessBankOnlyDebit, sum('bank_only_debit').neg()],
    [m.addMismatches, b.mismatches],
    [m.lessLedgerDuplicates, b.ledgerDuplicates],
    [m.adjustedLedger, b.adjustedLedger],
  ];
  const labelWidth = Math.max(...rows.filter(([, v]) => v !== null).map(([label]) => width(label)));
  const amounts = rows.map(([, v]) => (v === null ? '' : formatAmountGrouped(v, r.currency)));
  const amountWidth = Math.max(...amounts.map((a) => a.length));
  return rows.map(([label], i) =>
    amounts[i] === '' ? `  ${label}` : `  ${label}${' '.repeat(labelWidth - width(label) + 2)}${amounts[i]!.padStart(amountWidth)}`,
  );
}

/**
 * Where a side's opening came from, as one line under the side's heading. Given the period's first
 * day, a figure a file states for an earlier date says it was rolled forward (a store run).
 */
export function openingText(o: Opening, lang: Lang, periodFrom?: string): string {
  const m = messages(lang).report.openingSource;
  if (o.source === 'stated' && o.asOf !== null && periodFrom !== undefined && o.asOf < periodFrom) return fill(m.statedRolled, { asOf: o.asOf });
  if (o.source === 'carried') return fill(m.carried, { period: o.period ?? '-' });
  if (o.source === 'set') return o.setBy === null ? m.setByFlag : fill(m.set, { by: o.setBy, asOf: o.asOf ?? '-' });
  return m[o.source];
}

function openingLine(o: Opening, currency: string, lang: Lang): string {
  const amount = o.amount === null ? '-' : formatAmountGrouped(o.amount, currency);
  return `  ${fill(messages(lang).report.openingLine, { amount, source: openingText(o, lang) })}`;
}

/** A file's opening that is not the carried (or set) figure: one line each, for the report and the daily summary. */
export function openingGapText(g: OpeningGap, currency: string, lang: Lang): string {
  const m = messages(lang).report;
  const amt = amountIn(currency);
  return fill(m.openingGap, {
    side: g.side === 'bank' ? m.bankSide : m.ledgerSide,
    stated: amt(g.stated),
    given: g.givenSource === 'carried' ? fill(m.openingGapCarried, { period: g.period ?? '-' }) : m.openingGapSet,
    givenAmount: amt(g.given),
    gap: amt(g.stated.minus(g.given)),
  });
}

function openingGapLines(r: Reconciliation, lang: Lang): string[] {
  return r.openingGaps.map((g) => openingGapText(g, r.currency, lang));
}
