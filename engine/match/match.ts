/**
 * What the matcher hands out: a `Match` links lines of both sides. `PairMatch` is the one-to-one
 * case, most of a million-line run, held without arrays; the report reads matches through the
 * helpers below, never by spreading one.
 */
import { Decimal } from '../money.ts';
import type { MatchRule, Transaction } from '../model.ts';

export type LinkRule = Exclude<MatchRule, 'manual'>;

/** Lines of both sides that the engine explains as the same money. Ids are sorted. */
export interface Match {
  readonly rule: Exclude<MatchRule, 'manual'>;
  readonly bank: readonly Transaction[];
  readonly ledger: readonly Transaction[];
  /** Σ bank amounts − Σ ledger amounts; zero for an exact match. */
  readonly difference: Decimal;
}

/** Shared by every exact match instead of a Decimal each. */
export const ZERO = new Decimal(0);

/**
 * A match of one line to one line, most of a million-line run: the two transactions, and the
 * one-item `bank` and `ledger` lists made when someone reads them (two arrays fewer per match
 * to keep). Read `bankTx` / `ledgerTx` in hot loops (see firstBankId); never spread a match.
 */
export class PairMatch implements Match {
  constructor(
    readonly rule: LinkRule,
    readonly bankTx: Transaction,
    readonly ledgerTx: Transaction,
    readonly difference: Decimal,
  ) {}

  get bank(): readonly Transaction[] {
    return [this.bankTx];
  }

  get ledger(): readonly Transaction[] {
    return [this.ledgerTx];
  }
}

/** Id of a match's first bank line ('' for none) without building its list. */
export const firstBankId = (m: Match): string => (m instanceof PairMatch ? m.bankTx.id : (m.bank[0]?.id ?? ''));
/** Id of a match's first ledger line ('' for none) without building its list. */
export const firstLedgerId = (m: Match): string => (m instanceof PairMatch ? m.ledgerTx.id : (m.ledger[0]?.id ?? ''));
/** How many bank and ledger lines a match links, without building its lists. */
export const bankCount = (m: Match): number => (m instanceof PairMatch ? 1 : m.bank.length);
export const ledgerCount = (m: Match): number => (m instanceof PairMatch ? 1 : m.ledger.length);
