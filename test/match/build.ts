/** Builds in-memory statements for the matching tests from a compact, JSON-friendly description. */
import { Decimal } from '../../engine/money.ts';
import type { Statement, Transaction } from '../../engine/model.ts';

export interface LineSpec {
  id: string;
  date: string;
  amount: string;
  ref?: string;
  cp?: string;
  valueDate?: string;
  balance?: string;
  currency?: string;
  description?: string;
}

export interface StatementSpec {
  account?: string;
  currency?: string;
  opening?: string | null;
  closing?: string | null;
  openingDate?: string | null;
  closingDate?: string | null;
  file?: string;
  lines: LineSpec[];
}

export function tx(spec: LineSpec, line: number, currency: string): Transaction {
  return {
    id: spec.id,
    date: spec.date,
    valueDate: spec.valueDate ?? null,
    amount: new Decimal(spec.amount),
    currency: spec.currency ?? currency,
    reference: spec.ref ?? '',
    bankReference: '',
    counterparty: spec.cp ?? '',
    description: spec.description ?? '',
    balance: spec.balance === undefined ? null : new Decimal(spec.balance),
    line,
  };
}

export function statement(spec: StatementSpec, fallbackFile = 'test.csv'): Statement {
  const currency = spec.currency ?? 'CNY';
  const txs = spec.lines.map((l, i) => tx(l, i + 2, currency));
  const opening = spec.opening === undefined || spec.opening === null ? null : new Decimal(spec.opening);
  const closing = spec.closing === undefined || spec.closing === null ? null : new Decimal(spec.closing);
  const computed = opening === null ? null : txs.reduce((s, t) => s.plus(t.amount), opening);
  return {
    account: spec.account ?? '6222000011112222',
    currency,
    opening,
    closing,
    openingDate: spec.openingDate ?? null,
    closingDate: spec.closingDate ?? null,
    addsUp: computed === null || closing === null ? null : computed.equals(closing),
    transactions: txs,
    file: spec.file ?? fallbackFile,
  };
}

/** Shorthand: one statement of lines, no balances. */
export function lines(specs: LineSpec[], file = 'test.csv'): Statement[] {
  return [statement({ lines: specs }, file)];
}
