/**
 * Each side's balance for a store run (README: "The book side"): the bank's closing on the run's
 * last day, and the book's opening of the period and the closing the balance statement starts from.
 *
 * A side's closing on day D is the latest balance a statement states by the end of D (a closing,
 * or an opening: the balance at the start of its date) plus the side's lines dated after it up to
 * D. So a day inside a statement's span is measured from the statement's opening, whatever lines
 * the run itself examines (it leaves out lines other runs matched).
 *
 * The book's opening is, in order: the opening a journal of the period states (期初余额); else the
 * latest figure handed over from before the period: the closing of the latest earlier run
 * (carried), the account's opening a person set, or a balance a journal states before the period,
 * rolled forward to the period's start by the journal lines in between (at the same day: set, then
 * carried, then the journal's). When a journal states an opening and a figure was handed over too,
 * both go to the engine, which reports a gap between them.
 *
 * The book's closing is a journal's balance stated later than that opening, rolled forward to the
 * period's end; else opening + the period's journal lines (all of them, matched earlier or not:
 * the run itself only loads unsettled ones). With no opening known at all, the run keeps what it
 * always did (a stated closing, else the engine's sum of the lines it examines), and that sum is
 * not carried to the next period (see run.ts).
 */
import { Decimal } from '../money.ts';
import type { GivenOpening } from '../reconcile.ts';
import type { Db } from '../store/db.ts';
import { carriedClosing, lateLines, sideTotal, statedBalance, statedOpening, type StatedBalance } from '../store/openings.ts';
import type { Account } from './accounts.ts';
import { dayAfter, dayBefore, type Period } from './period.ts';

/** A side's closing for a run, and whether it is computed here rather than stated. */
export interface SideClosing {
  readonly amount: Decimal;
  readonly date: string;
  readonly computed: boolean;
  /** The day whose end the figure it starts from is the balance at. */
  readonly point: string;
}

export interface BookSide {
  /** The opening handed to the engine; undefined when none is known. */
  readonly given: GivenOpening | undefined;
  /** The ledger statement's closing; null when no balance is known (the engine sums the lines it examines). */
  readonly closing: SideClosing | null;
}

type SideName = 'bank' | 'ledger';

/** Σ the side's lines dated from..to (an empty span when from is after to). */
async function between(tx: Db, account: string, side: SideName, from: string, to: string): Promise<{ total: Decimal; lines: number }> {
  if (from > to) return { total: new Decimal(0), lines: 0 };
  const r = await sideTotal(tx, account, side, from, to);
  return { total: new Decimal(r.total), lines: r.lines };
}

/** A stated balance rolled forward to the end of `to`: plus the lines after it, and the lines imported later that it cannot hold (lateLines). */
async function rolledForward(tx: Db, account: string, side: SideName, stated: StatedBalance, to: string): Promise<{ total: Decimal; lines: number }> {
  const after = await between(tx, account, side, dayAfter(stated.point), to);
  const late = await lateLines(tx, account, side, stated);
  return { total: after.total.plus(late.total), lines: after.lines + late.lines };
}

/**
 * The side's balance at the end of `to`: the latest balance a statement states by then, plus the
 * side's lines after it and those imported later without a balance of their own though dated in
 * its span. Stated (not computed) when it is a closing with no such line; null when no statement
 * of the side states a balance by then.
 */
export async function closingOn(tx: Db, account: string, side: SideName, to: string): Promise<SideClosing | null> {
  const stated = await statedBalance(tx, account, side, to);
  if (stated === null) return null;
  const rolled = await rolledForward(tx, account, side, stated, to);
  if (stated.kind === 'closing' && rolled.lines === 0) return { amount: new Decimal(stated.amount), date: stated.date, computed: false, point: stated.point };
  return { amount: new Decimal(stated.amount).plus(rolled.total), date: to, computed: true, point: stated.point };
}

/**
 * The figure handed over from before the period, rolled forward to its start: the latest of a
 * person's opening, the last run's closing and a balance a journal states (at the same day, in
 * that order).
 */
async function handedOver(tx: Db, account: Account, period: Period): Promise<GivenOpening | undefined> {
  const lastDay = dayBefore(period.from);
  const carried = await carriedClosing(tx, account.number, period.from);
  const set = account.bookOpening !== null && account.bookOpening.asOf <= period.from ? account.bookOpening : null;
  const journal = await statedBalance(tx, account.number, 'ledger', lastDay);
  const candidates: Array<{ point: string; figure: GivenOpening }> = [];
  if (set !== null) candidates.push({ point: dayBefore(set.asOf), figure: { amount: set.amount, source: 'set', asOf: set.asOf, setBy: set.setBy, period: null } });
  if (carried !== null) candidates.push({ point: carried.to, figure: { amount: new Decimal(carried.closing), source: 'carried', asOf: carried.to, setBy: null, period: carried.period } });
  if (journal !== null) {
    const late = await lateLines(tx, account.number, 'ledger', journal);
    candidates.push({ point: journal.point, figure: { amount: new Decimal(journal.amount).plus(late.total), source: 'stated', asOf: journal.date, setBy: null, period: null } });
  }
  // The latest; among figures of the same day the first pushed (a stable sort keeps their order).
  const latest = candidates.sort((a, b) => (a.point < b.point ? 1 : a.point > b.point ? -1 : 0))[0];
  if (latest === undefined) return undefined;
  const rolled = await between(tx, account.number, 'ledger', dayAfter(latest.point), lastDay);
  return { ...latest.figure, amount: latest.figure.amount.plus(rolled.total) };
}

/** The book side of a run of `period`: what opening the engine is given, and what closing it uses. */
export async function bookSide(tx: Db, account: Account, period: Period): Promise<BookSide> {
  const stated = await statedOpening(tx, account.number, 'ledger', period.from, period.to);
  const before = await handedOver(tx, account, period);
  const latest = await closingOn(tx, account.number, 'ledger', period.to);
  if (stated === null && before === undefined) return { given: undefined, closing: latest };
  const given: GivenOpening = stated === null
    ? before!
    : { amount: new Decimal(stated.opening), source: 'stated', asOf: stated.date, setBy: null, period: null, ...(before ? { against: before } : {}) };
  // The opening is the balance at the start of `start`; a balance a journal states after that wins.
  const start = stated?.date ?? period.from;
  if (latest !== null && latest.point >= start) return { given, closing: latest };
  const lines = await between(tx, account.number, 'ledger', start, period.to);
  return { given, closing: { amount: given.amount.plus(lines.total), date: period.to, computed: true, point: dayBefore(start) } };
}
