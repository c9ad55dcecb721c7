/**
 * The in-memory result of a reconciliation. `reconcile` returns it; `toJsonReport` turns it into
 * the contract's JSON and `renderTextReport` into the readable report. Amounts are Decimals here
 * and become fixed-scale strings only at the edge. `Match` is the matcher's (match/match.ts: the
 * passes create matches, and match may not import report), re-exported here with the others.
 */
import type { Decimal } from '../money.ts';
import type { Match } from '../match/match.ts';
import type { DifferenceKind, ReconcileOptions, Side } from '../model.ts';

export type { Match } from '../match/match.ts';

/** One entry of the report's difference list. */
export interface Difference {
  readonly kind: DifferenceKind;
  /** `both` for an amount_mismatch (it names the ids of a match). */
  readonly side: Side | 'both';
  readonly ids: readonly string[];
  /** The line's signed amount; for amount_mismatch, bank − ledger. */
  readonly amount: Decimal;
  /**
   * The same amount in integer minor units, where the engine has them exactly (a safe integer):
   * set on the differences of single lines, so a million-line report adds and prints their
   * amounts without Decimals (report/total.ts, the JSON writer).
   */
  readonly minor?: number;
}

/**
 * Lines the amount_date pass refused to pair because two or more candidates were equally good
 * (same date distance, same counterparty verdict) and not interchangeable. They stay unmatched
 * (they appear as *_only_* differences); this note tells the reader why.
 */
export interface Ambiguity {
  readonly amount: Decimal;
  readonly bank: readonly string[];
  readonly ledger: readonly string[];
  /** Days between the lines at the tie (0 = same day). */
  readonly days: number;
}

/** Whether one input statement adds up: opening + Σ entries = closing. */
export interface StatementCheck {
  readonly side: Side;
  readonly file: string;
  readonly account: string;
  readonly currency: string;
  readonly opening: Decimal | null;
  readonly closing: Decimal | null;
  /** opening + Σ entries; null without an opening balance. */
  readonly computedClosing: Decimal | null;
  /** null when the file states no opening or no closing balance to check against. */
  readonly addsUp: boolean | null;
  readonly entries: number;
}

/** Where a side's closing balance came from (README: "Balance statement"). */
export type ClosingSource = 'stated' | 'running_balance' | 'computed';

/**
 * Where a side's opening balance came from (README: "The book side"): the file (`stated`, or
 * worked out from its `running_balance`), the previous period's closing (`carried`), a person
 * (`set`: `--ledger-opening`, or an account's opening with its as-of date), or nowhere (`none`:
 * 0 is assumed where a closing has to be computed).
 */
export type OpeningSource = 'stated' | 'running_balance' | 'carried' | 'set' | 'none';

/**
 * An opening balance a caller hands the engine: carried from the last period, set by a person, or
 * stated by a file the engine does not see itself (a store run's statements of the period).
 */
export interface GivenOpening {
  readonly amount: Decimal;
  readonly source: 'stated' | 'carried' | 'set';
  /** The date the figure is the balance at (a person's as-of date; the carried period's last day). */
  readonly asOf: string | null;
  /** Who set it (null for a carried figure or a command-line flag). */
  readonly setBy: string | null;
  /** The period whose closing was carried (null when set by a person). */
  readonly period: string | null;
  /** For a `stated` figure: the carried (or set) one it should agree with; a difference is a gap. */
  readonly against?: GivenOpening;
}

/** A side's opening balance as the reconciliation used it. */
export interface Opening {
  readonly amount: Decimal | null;
  readonly source: OpeningSource;
  readonly asOf: string | null;
  readonly setBy: string | null;
  readonly period: string | null;
}

/**
 * A file states an opening that is not the figure the caller handed in (the carried closing of
 * the previous period, or a person's): a gap between periods. The file's figure is used.
 */
export interface OpeningGap {
  readonly side: Side;
  readonly stated: Decimal;
  readonly given: Decimal;
  readonly givenSource: 'carried' | 'set';
  readonly period: string | null;
  readonly asOf: string | null;
}

/** The balance statement (余额调节表). */
export interface BalanceStatement {
  readonly currency: string;
  readonly bankClosing: Decimal;
  readonly bankClosingSource: ClosingSource;
  readonly ledgerClosing: Decimal;
  readonly ledgerClosingSource: ClosingSource;
  /** Σ ledger-only amounts (企业已收/已付、银行未收/未付), added to the bank balance. */
  readonly ledgerOnly: Decimal;
  /** Σ bank-only amounts (银行已收/已付、企业未收/未付), added to the book balance. */
  readonly bankOnly: Decimal;
  /** Σ (bank − ledger) over matches whose amounts differ, added to the book balance. */
  readonly mismatches: Decimal;
  /** Σ bank-side duplicates, taken off the bank balance. */
  readonly bankDuplicates: Decimal;
  /** Σ ledger-side duplicates, taken off the book balance. */
  readonly ledgerDuplicates: Decimal;
  readonly adjustedBank: Decimal;
  readonly adjustedLedger: Decimal;
  /** adjustedBank − adjustedLedger, rounded to the minor unit; zero when balanced. */
  readonly gap: Decimal;
  readonly balanced: boolean;
}

/** Everything `reconcile` found. Lists are in a total order (see README), independent of input order. */
export interface Reconciliation {
  readonly currency: string;
  readonly options: ReconcileOptions;
  readonly bankCount: number;
  readonly ledgerCount: number;
  readonly matches: readonly Match[];
  readonly differences: readonly Difference[];
  readonly ambiguities: readonly Ambiguity[];
  readonly statements: readonly StatementCheck[];
  readonly balance: BalanceStatement;
  readonly openings: Readonly<Record<Side, Opening>>;
  readonly openingGaps: readonly OpeningGap[];
}
