/**
 * The engine's vocabulary: transactions and statements as read from files, the options of a
 * reconciliation, and the JSON report (docs/report-json.md). zod schemas sit where data crosses an
 * edge (options, profiles, report JSON); in-memory types carry Decimal amounts.
 */
import { z } from 'zod';
import type { Decimal } from './money.ts';

/** Which record a file is: the bank's statement (对账单) or the holder's own books (日记账). */
export const SideSchema = z.enum(['bank', 'ledger']);
export type Side = z.infer<typeof SideSchema>;

export const InputFormatSchema = z.enum(['auto', 'csv', 'mt940', 'camt053']);
export type InputFormat = z.infer<typeof InputFormatSchema>;

export const DateBasisSchema = z.enum(['booking', 'value']);
export type DateBasis = z.infer<typeof DateBasisSchema>;

/** One line of a statement or journal. Amount signed from the account holder's side (+ in, - out). */
export interface Transaction {
  /** Unique within its side: the bank's own id where the file has one, else derived from the line. */
  readonly id: string;
  /** Booking date, YYYY-MM-DD. */
  readonly date: string;
  /** Value date, YYYY-MM-DD, where the format has one. */
  readonly valueDate: string | null;
  readonly amount: Decimal;
  /**
   * The same amount as an integer count of the currency's minor units (`amount` × 10^minorUnits
   * (currency), exact: 123.45 CNY → 12345n), where the reader had it for free (canonical CSV);
   * absent otherwise. A key for hot loops (matching by amount); `amount` stays the reported value.
   * Readers may expose `amount`, `balance` and this as prototype accessors that build the value
   * on each read: copy a Transaction field by field, never with an object spread.
   */
  readonly amountMinor?: bigint;
  readonly currency: string;
  /** The customer's / end-to-end reference as written (may be ''); matching normalises it. */
  readonly reference: string;
  /** The bank's own reference (MT940 after `//`, camt AcctSvcrRef), '' when absent. */
  readonly bankReference: string;
  readonly counterparty: string;
  readonly description: string;
  /** Running balance after the line, where the file states one. */
  readonly balance: Decimal | null;
  /** 1-based line number (CSV, MT940) or entry ordinal (camt) in the source file. */
  readonly line: number;
}

/** A statement: one account, one currency, its balances and its lines. */
export interface Statement {
  readonly account: string;
  readonly currency: string;
  readonly opening: Decimal | null;
  readonly closing: Decimal | null;
  readonly openingDate: string | null;
  readonly closingDate: string | null;
  /**
   * Set when `opening` was not written in the file but worked out from its running balances
   * (first balance − first amount); absent when the file states it (a 期初余额 row, :60F:, OPBD).
   */
  readonly openingFrom?: 'running_balance';
  /** Set when `closing` is the caller's opening + entries (a store run's book), not a file's figure. */
  readonly closingFrom?: 'computed';
  /** opening + Σ amounts = closing; null when the file states no balances to check against. */
  readonly addsUp: boolean | null;
  readonly transactions: readonly Transaction[];
  /** File name as given by the caller, for messages. */
  readonly file: string;
}

const DecimalString = z.string().regex(/^[+-]?\d+(\.\d+)?$/, 'a decimal such as 0.05');

/** Options of one reconciliation (CLI flags, account settings). */
export const ReconcileOptionsSchema = z.object({
  dateWindowDays: z.number().int().min(0).max(366).default(3),
  amountTolerance: DecimalString.nullable().default(null),
  dateBasis: DateBasisSchema.default('booking'),
});
export type ReconcileOptions = z.infer<typeof ReconcileOptionsSchema>;

export const MatchRuleSchema = z.enum(['reference', 'amount_date', 'one_to_many', 'many_to_one', 'tolerance', 'manual']);
export type MatchRule = z.infer<typeof MatchRuleSchema>;

export const DifferenceKindSchema = z.enum([
  'bank_only_credit',
  'bank_only_debit',
  'ledger_only_credit',
  'ledger_only_debit',
  'amount_mismatch',
  'duplicate',
]);
export type DifferenceKind = z.infer<typeof DifferenceKindSchema>;

/** JSON report, the contract of docs/report-json.md; amounts are strings. */
export const JsonMatchSchema = z.object({
  rule: MatchRuleSchema,
  bank: z.array(z.string()),
  ledger: z.array(z.string()),
  difference: z.string(),
});
export const JsonDifferenceSchema = z.object({
  kind: DifferenceKindSchema,
  side: z.enum(['bank', 'ledger', 'both']),
  ids: z.array(z.string()),
  amount: z.string(),
});
export const JsonReportSchema = z.object({
  summary: z.object({
    bankCount: z.number().int(),
    ledgerCount: z.number().int(),
    matchedBank: z.number().int(),
    matchedLedger: z.number().int(),
    differences: z.number().int(),
    balanced: z.boolean(),
  }),
  matches: z.array(JsonMatchSchema),
  differences: z.array(JsonDifferenceSchema),
  balance: z.object({
    bankClosing: z.string(),
    ledgerClosing: z.string(),
    adjustedBank: z.string(),
    adjustedLedger: z.string(),
    balanced: z.boolean(),
  }),
});
export type JsonReport = z.infer<typeof JsonReportSchema>;
export type JsonMatch = z.infer<typeof JsonMatchSchema>;
export type JsonDifference = z.infer<typeof JsonDifferenceSchema>;
