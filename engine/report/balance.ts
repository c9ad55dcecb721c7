/**
 * The balance statement (余额调节表; README, "Balance statement"):
 *   adjusted bank = bank closing + Σ ledger-only − Σ bank-side duplicates
 *   adjusted book = ledger closing + Σ bank-only + Σ (bank − ledger) over amount mismatches
 *                   − Σ ledger-side duplicates
 * balanced when both agree once rounded to the currency's minor unit.
 */
import { type Decimal, minorUnits, round } from '../money.ts';
import type { BalanceStatement, ClosingSource, Difference } from './types.ts';
import { Total } from './total.ts';

export interface Closing {
  readonly amount: Decimal;
  readonly source: ClosingSource;
}

export function balanceStatement(currency: string, bank: Closing, ledger: Closing, differences: readonly Difference[]): BalanceStatement {
  const scale = minorUnits(currency);
  const totals = { ledgerOnly: new Total(scale), bankOnly: new Total(scale), mismatches: new Total(scale), bankDuplicates: new Total(scale), ledgerDuplicates: new Total(scale) };
  for (const d of differences) {
    switch (d.kind) {
      case 'ledger_only_credit':
      case 'ledger_only_debit':
        totals.ledgerOnly.add(d);
        break;
      case 'bank_only_credit':
      case 'bank_only_debit':
        totals.bankOnly.add(d);
        break;
      case 'amount_mismatch':
        totals.mismatches.add(d);
        break;
      case 'duplicate':
        (d.side === 'bank' ? totals.bankDuplicates : totals.ledgerDuplicates).add(d);
        break;
    }
  }
  const ledgerOnly: Decimal = totals.ledgerOnly.value;
  const bankOnly: Decimal = totals.bankOnly.value;
  const mismatches: Decimal = totals.mismatches.value;
  const bankDuplicates: Decimal = totals.bankDuplicates.value;
  const ledgerDuplicates: Decimal = totals.ledgerDuplicates.value;
  const adjustedBank = bank.amount.plus(ledgerOnly).minus(bankDuplicates);
  const adjustedLedger = ledger.amount.plus(bankOnly).plus(mismatches).minus(ledgerDuplicates);
  const gap = round({ amount: adjustedBank.minus(adjustedLedger), currency }).amount;
  return {
    currency,
    bankClosing: bank.amount,
    bankClosingSource: bank.source,
    ledgerClosing: ledger.amount,
    ledgerClosingSource: ledger.source,
    ledgerOnly,
    bankOnly,
    mismatches,
    bankDuplicates,
    ledgerDuplicates,
    adjustedBank,
    adjustedLedger,
    gap,
    balanced: gap.isZero(),
  };
}
