/**
 * One reconciliation compares one currency. The bank file and the ledger file must agree on it;
 * a mismatch is refused with both currencies named rather than producing a report in which every
 * line is "unmatched".
 */
import { EngineError } from '../errors.ts';
import type { Side, Statement } from '../model.ts';

/** Used only when neither side has a statement (both files empty): the branch's home currency. */
export const DEFAULT_CURRENCY = 'CNY';

function currencies(statements: readonly Statement[]): Set<string> {
  const found = new Set<string>();
  for (const st of statements) if (st.currency !== '') found.add(st.currency);
  return found;
}

function sideCurrency(side: Side, statements: readonly Statement[]): string | null {
  const found = [...currencies(statements)].sort();
  if (found.length > 1) {
    throw new EngineError('ENGINE.CURRENCY_MISMATCH', `the ${side} statements mix currencies ${found.join(', ')}; reconcile one currency at a time`, {
      side,
      currencies: found,
      key: 'CURRENCY_MIXED',
      params: { side, currencies: found.join(', ') },
    });
  }
  return found[0] ?? null;
}

/** The one currency of the reconciliation, or an ENGINE.CURRENCY_MISMATCH naming both. */
export function reconciliationCurrency(bank: readonly Statement[], ledger: readonly Statement[]): string {
  const b = sideCurrency('bank', bank);
  const l = sideCurrency('ledger', ledger);
  if (b !== null && l !== null && b !== l) {
    const bankFile = bank[0]?.file ?? 'bank';
    const ledgerFile = ledger[0]?.file ?? 'ledger';
    throw new EngineError('ENGINE.CURRENCY_MISMATCH', `bank ${bankFile} is in ${b} but ledger ${ledgerFile} is in ${l}`, {
      left: b,
      right: l,
      bankFile,
      ledgerFile,
      key: 'CURRENCY_FILES',
      params: { bankFile, ledgerFile, bank: b, ledger: l },
    });
  }
  return b ?? l ?? DEFAULT_CURRENCY;
}
