/**
 * Facts about the input statements that the balance statement needs: whether each statement adds
 * up, and each side's closing balance with where it came from.
 */
import { Decimal } from '../money.ts';
import type { Side, Statement, Transaction } from '../model.ts';
import type { ClosingSource, GivenOpening, Opening, OpeningGap, StatementCheck } from './types.ts';

const ZERO = new Decimal(0);

/** Σ entries of each statement, when the caller has them already (the matcher sums minor units). */
export type StatementTotals = ReadonlyMap<Statement, Decimal>;

function total(st: Statement, totals?: StatementTotals): Decimal {
  const known = totals?.get(st);
  if (known !== undefined) return known;
  let s = ZERO;
  for (const t of st.transactions) s = s.plus(t.amount);
  return s;
}

/** opening + Σ entries = closing, recomputed here (the reader's verdict is not trusted blindly). */
export function checkAddsUp(side: Side, st: Statement, totals?: StatementTotals): StatementCheck {
  const computed = st.opening === null ? null : st.opening.plus(total(st, totals));
  return {
    side,
    file: st.file,
    account: st.account,
    currency: st.currency,
    opening: st.opening,
    closing: st.closing,
    computedClosing: computed,
    addsUp: computed === null || st.closing === null ? null : computed.equals(st.closing),
    entries: st.transactions.length,
  };
}

/** The running balance after the chronologically last line, or null when no line states one. */
function lastRunningBalance(st: Statement): Decimal | null {
  const txs = st.transactions;
  if (txs.length === 0) return null;
  // Exports list lines oldest-first or newest-first; line numbers (not array order) tell which.
  let first = txs[0]!;
  let last = txs[0]!;
  for (const t of txs) {
    if (t.line < first.line) first = t;
    if (t.line > last.line) last = t;
  }
  const newestFirst = first.date > last.date;
  let pick: Transaction | null = null;
  for (const t of txs) {
    if (t.balance === null) continue;
    if (pick === null || t.date > pick.date || (t.date === pick.date && (newestFirst ? t.line < pick.line : t.line > pick.line))) pick = t;
  }
  return pick?.balance ?? null;
}

/**
 * A side's closing balance. In order: the stated closing of the latest statement (by closing
 * date, then file order); else the running balance after its last line; else the earliest stated
 * opening (0 when none) plus every entry of the side.
 */
export function closingOf(statements: readonly Statement[], totals?: StatementTotals, assumedOpening?: Decimal | null): { amount: Decimal; source: ClosingSource } {
  const stated = statements
    .map((st, i) => ({ st, i }))
    .filter((x) => x.st.closing !== null)
    .sort((a, b) => ((a.st.closingDate ?? '') < (b.st.closingDate ?? '') ? -1 : (a.st.closingDate ?? '') > (b.st.closingDate ?? '') ? 1 : a.i - b.i));
  const latest = stated.at(-1);
  if (latest) return { amount: latest.st.closing!, source: latest.st.closingFrom ?? 'stated' };
  for (let i = statements.length - 1; i >= 0; i--) {
    const running = lastRunningBalance(statements[i]!);
    if (running !== null) return { amount: running, source: 'running_balance' };
  }
  let amount = earliestOpening(statements)?.opening ?? assumedOpening ?? ZERO;
  for (const st of statements) amount = amount.plus(total(st, totals));
  return { amount, source: 'computed' };
}

/** The statement with the earliest opening the files give (by opening date, then file order). */
function earliestOpening(statements: readonly Statement[]): Statement | undefined {
  return statements
    .map((st, i) => ({ st, i }))
    .filter((x) => x.st.opening !== null)
    .sort((a, b) => ((a.st.openingDate ?? '') < (b.st.openingDate ?? '') ? -1 : (a.st.openingDate ?? '') > (b.st.openingDate ?? '') ? 1 : a.i - b.i))[0]?.st;
}

/**
 * A side's opening balance: the files' own (stated, or worked out from the running balance) when
 * they have one, else the figure the caller hands in (carried or set), else none. When both
 * exist and differ, the file's figure wins and the gap is returned (README: "The book side").
 */
export function openingOf(side: Side, statements: readonly Statement[], given: GivenOpening | undefined): { opening: Opening; gap: OpeningGap | null } {
  const own = earliestOpening(statements);
  if (own === undefined || own.opening === null) {
    if (given === undefined) return { opening: { amount: null, source: 'none', asOf: null, setBy: null, period: null }, gap: null };
    const opening: Opening = { amount: given.amount, source: given.source, asOf: given.asOf, setBy: given.setBy, period: given.period };
    return { opening, gap: given.against === undefined ? null : gapOf(side, given.amount, given.against) };
  }
  const source = own.openingFrom === 'running_balance' ? 'running_balance' : 'stated';
  const opening: Opening = { amount: own.opening, source, asOf: own.openingDate, setBy: null, period: null };
  return { opening, gap: given === undefined ? null : gapOf(side, own.opening, given.against ?? given) };
}

/** The gap between a file's opening and the figure it should agree with; null when they agree. */
function gapOf(side: Side, stated: Decimal, expected: GivenOpening): OpeningGap | null {
  if (expected.source === 'stated' || expected.amount.equals(stated)) return null;
  return { side, stated, given: expected.amount, givenSource: expected.source, period: expected.period, asOf: expected.asOf };
}
