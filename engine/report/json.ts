/**
 * The JSON report of ARCHITECTURE.md, plus strictly additive top-level keys that carry what the
 * contract has no place for: `currency`, `options`, `closingSources`, `statements` (does each
 * input statement add up) and `ambiguous` (ties amount_date refused to break). Consumers that
 * validate with `JsonReportSchema` keep working; `JsonReportExtSchema` validates the whole thing.
 */
import { z } from 'zod';
import { Decimal, formatAmount } from '../money.ts';
import { DateBasisSchema, JsonReportSchema, SideSchema, type JsonReport } from '../model.ts';
import type { Reconciliation } from '../match/types.ts';

const ClosingSourceSchema = z.enum(['stated', 'running_balance', 'computed']);

export const JsonReportExtSchema = JsonReportSchema.extend({
  currency: z.string(),
  options: z.object({ dateWindowDays: z.number().int(), amountTolerance: z.string().nullable(), dateBasis: DateBasisSchema }),
  closingSources: z.object({ bank: ClosingSourceSchema, ledger: ClosingSourceSchema }),
  statements: z.array(
    z.object({
      side: SideSchema,
      file: z.string(),
      account: z.string(),
      currency: z.string(),
      opening: z.string().nullable(),
      closing: z.string().nullable(),
      computedClosing: z.string().nullable(),
      addsUp: z.boolean().nullable(),
      entries: z.number().int(),
    }),
  ),
  ambiguous: z.array(z.object({ amount: z.string(), bank: z.array(z.string()), ledger: z.array(z.string()), days: z.number().int() })),
});
export type JsonReportExt = z.infer<typeof JsonReportExtSchema>;

/** The report as plain data: amounts as fixed-scale strings of the reconciliation's currency. */
export function toJsonReport(r: Reconciliation): JsonReport & JsonReportExt {
  const cur = r.currency;
  const fmt = (d: Decimal): string => formatAmount(d, cur);
  const fmtOrNull = (d: Decimal | null): string | null => (d === null ? null : fmt(d));
  const matchedBank = r.matches.reduce((n, m) => n + m.bank.length, 0);
  const matchedLedger = r.matches.reduce((n, m) => n + m.ledger.length, 0);
  const zero = fmt(new Decimal(0));
  return {
    summary: {
      bankCount: r.bankCount,
      ledgerCount: r.ledgerCount,
      matchedBank,
      matchedLedger,
      differences: r.differences.length,
      balanced: r.balance.balanced,
    },
    matches: r.matches.map((m) => ({
      rule: m.rule,
      bank: m.bank.map((t) => t.id),
      ledger: m.ledger.map((t) => t.id),
      difference: m.difference.isZero() ? zero : fmt(m.difference),
    })),
    differences: r.differences.map((d) => ({ kind: d.kind, side: d.side, ids: [...d.ids], amount: fmt(d.amount) })),
    balance: {
      bankClosing: fmt(r.balance.bankClosing),
      ledgerClosing: fmt(r.balance.ledgerClosing),
      adjustedBank: fmt(r.balance.adjustedBank),
      adjustedLedger: fmt(r.balance.adjustedLedger),
      balanced: r.balance.balanced,
    },
    currency: cur,
    options: { dateWindowDays: r.options.dateWindowDays, amountTolerance: r.options.amountTolerance, dateBasis: r.options.dateBasis },
    closingSources: { bank: r.balance.bankClosingSource, ledger: r.balance.ledgerClosingSource },
    statements: r.statements.map((s) => ({
      side: s.side,
      file: s.file,
      account: s.account,
      currency: s.currency,
      opening: fmtOrNull(s.opening),
      closing: fmtOrNull(s.closing),
      computedClosing: fmtOrNull(s.computedClosing),
      addsUp: s.addsUp,
      entries: s.entries,
    })),
    ambiguous: r.ambiguities.map((a) => ({ amount: fmt(a.amount), bank: [...a.bank], ledger: [...a.ledger], days: a.days })),
  };
}
