/**
 * The balance statement (余额调节表) of ARCHITECTURE.md:
 *   adjusted bank = bank closing + Σ ledger-only − Σ bank-side duplicates
 *   adjusted book = ledger closing + Σ bank-only + Σ (bank − ledger) over amount mismatches
 *                   − Σ ledger-side duplicates
 * balanced when both agree once rounded to the currency's minor unit.
 */
import { Decimal, round } from '../money.ts';
import type { BalanceStatement, ClosingSource, Difference } from '../match/types.ts';

export interface Closing {
  readonly amount: Decimal;
  readonly source: ClosingSource;
}

export function balanceStatement(currency: string, bank: Closing, ledger: Closing, differences: readonly Difference[]): BalanceStatement {
  let ledgerOnly = new Decimal(0);
  let bankOnly = new Decimal(0);
  let mismatches = new Decimal(0);
  let bankDuplicates = new Decimal(0);
  let ledgerDuplicates = new Decimal(0);
  for (const d of differences) {
    switch (d.kind) {
      case 'ledger_only_credit':
      case 'ledger_only_debit':
        ledgerOnly = ledgerOnly.plus(d.amount);
        break;
      case 'bank_only_credit':
      case 'bank_only_debit':
        bankOnly = bankOnly.plus(d.amount);
        break;
      case 'amount_mismatch':
        mismatches = mismatches.plus(d.amount);
        break;
      case 'duplicate':
        if (d.side === 'bank') bankDuplicates = bankDuplicates.plus(d.amount);
        else ledgerDuplicates = ledgerDuplicates.plus(d.amount);
        break;
    }
  }
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
