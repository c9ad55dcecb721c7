/**
 * The book side of a store run (README: "The book side"): the opening of the period's journal and
 * the book closing the balance statement starts from.
 *
 * The opening is, in order: the opening a journal of the period states (期初余额); else the figure
 * handed over from before the period, i.e. the closing of the latest earlier run (carried), or the
 * account's opening a person set (when its as-of date is later than that run's end), either rolled
 * forward to the period's start by the journal lines in between. When a journal states an opening
 * and a figure was handed over too, both go to the engine, which reports a gap between them.
 *
 * The closing is a journal's stated closing within the period; else opening + the period's
 * journal lines (all of them, matched earlier or not: the run itself only loads unsettled ones).
 * With no opening known at all, the run keeps what it always did (the latest stated closing, or
 * the engine's sum of the lines it examines).
 */
import { Decimal } from '../money.ts';
import type { GivenOpening } from '../reconcile.ts';
import type { Db } from '../store/db.ts';
import { carriedClosing, sideTotal, statedOpening } from '../store/openings.ts';
import { latestClosing } from '../store/runs.ts';
import type { Account } from './accounts.ts';
import { dayAfter, dayBefore, type Period } from './period.ts';

export interface BookSide {
  /** The opening handed to the engine; undefined when none is known. */
  readonly given: GivenOpening | undefined;
  /** The ledger statement's closing, and whether it is computed here rather than stated. */
  readonly closing: { readonly amount: Decimal; readonly date: string; readonly computed: boolean } | null;
}

/** Σ journal lines dated from..to (an empty span when from is after to). */
async function between(tx: Db, account: string, from: string | null, to: string): Promise<Decimal> {
  if (from !== null && from > to) return new Decimal(0);
  return new Decimal(await sideTotal(tx, account, 'ledger', from, to));
}

/** The figure handed over from before the period: a person's opening or the last run's closing, rolled forward. */
async function handedOver(tx: Db, account: Account, period: Period): Promise<GivenOpening | undefined> {
  const lastDay = dayBefore(period.from);
  const carried = await carriedClosing(tx, account.number, period.from);
  const set = account.bookOpening !== null && account.bookOpening.asOf <= period.from ? account.bookOpening : null;
  if (set !== null && (carried === null || set.asOf > carried.to)) {
    const amount = set.amount.plus(await between(tx, account.number, set.asOf, lastDay));
    return { amount, source: 'set', asOf: set.asOf, setBy: set.setBy, period: null };
  }
  if (carried === null) return undefined;
  const amount = new Decimal(carried.closing).plus(await between(tx, account.number, dayAfter(carried.to), lastDay));
  return { amount, source: 'carried', asOf: carried.to, setBy: null, period: carried.period };
}

/** The book side of a run of `period`: what opening the engine is given, and what closing it uses. */
export async function bookSide(tx: Db, account: Account, period: Period): Promise<BookSide> {
  const stated = await statedOpening(tx, account.number, 'ledger', period.from, period.to);
  const before = await handedOver(tx, account, period);
  const latest = await latestClosing(tx, account.number, 'ledger', period.to);
  if (stated === null && before === undefined) {
    return { given: undefined, closing: latest === null ? null : { amount: new Decimal(latest.closing), date: latest.date, computed: false } };
  }
  const given: GivenOpening = stated === null
    ? before!
    : { amount: new Decimal(stated.opening), source: 'stated', asOf: stated.date, setBy: null, period: null, ...(before ? { against: before } : {}) };
  if (latest !== null && latest.date >= period.from) return { given, closing: { amount: new Decimal(latest.closing), date: latest.date, computed: false } };
  const start = stated?.date ?? period.from;
  const closing = given.amount.plus(await between(tx, account.number, start, period.to));
  return { given, closing: { amount: closing, date: period.to, computed: true } };
}
