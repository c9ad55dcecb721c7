/**
 * The JSON report (docs/report-json.md), plus strictly additive top-level keys that carry what the
 * contract has no place for: `currency`, `options`, `closingSources`, `statements` (does each
 * input statement add up), `ambiguous` (ties amount_date refused to break), and where each
 * side's opening came from: `openingSources`, `openings` (the figure, its as-of date, who set it,
 * the period it was carried from) and `openingGaps` (a file's opening that is not the carried or
 * set figure). Consumers that
 * validate with `JsonReportSchema` keep working; `JsonReportExtSchema` validates the whole thing.
 */
import { z } from 'zod';
import { Decimal, formatAmount, minorUnits } from '../money.ts';
import { fixedFromMinor } from '../lines/minor-units.ts';
import { DateBasisSchema, JsonReportSchema, SideSchema, type JsonDifference, type JsonMatch, type JsonReport } from '../model.ts';
import { bankCount, ledgerCount } from '../match/match.ts';
import type { Difference, Match, Opening, Reconciliation } from './types.ts';

const ClosingSourceSchema = z.enum(['stated', 'running_balance', 'computed']);
const OpeningSourceSchema = z.enum(['stated', 'running_balance', 'carried', 'set', 'none']);
const OpeningSchema = z.object({
  amount: z.string().nullable(),
  source: OpeningSourceSchema,
  asOf: z.string().nullable(),
  setBy: z.string().nullable(),
  period: z.string().nullable(),
});
const OpeningGapSchema = z.object({
  side: SideSchema,
  stated: z.string(),
  given: z.string(),
  givenSource: z.enum(['carried', 'set']),
  period: z.string().nullable(),
  asOf: z.string().nullable(),
});

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
  openingSources: z.object({ bank: OpeningSourceSchema, ledger: OpeningSourceSchema }),
  openings: z.object({ bank: OpeningSchema, ledger: OpeningSchema }),
  openingGaps: z.array(OpeningGapSchema),
});
export type JsonReportExt = z.infer<typeof JsonReportExtSchema>;

type Head = Omit<JsonReportExt, 'matches' | 'differences'>;

/** Formats the amounts of one reconciliation's currency; exact matches share one "0.00". */
export class JsonFormatter {
  private readonly zero: string;
  private readonly scale: number;

  constructor(private readonly currency: string) {
    this.zero = formatAmount(new Decimal(0), currency);
    this.scale = minorUnits(currency);
  }

  amount(d: Decimal): string {
    return d.isZero() ? this.zero : formatAmount(d, this.currency);
  }

  /** A difference's amount; from its minor units when it has them (no Decimal formatted). */
  differenceAmount(d: Difference): string {
    return d.minor !== undefined ? fixedFromMinor(d.minor, this.scale) : this.amount(d.amount);
  }

  match(m: Match): JsonMatch {
    return { rule: m.rule, bank: m.bank.map((t) => t.id), ledger: m.ledger.map((t) => t.id), difference: this.amount(m.difference) };
  }

  difference(d: Difference): JsonDifference {
    return { kind: d.kind, side: d.side, ids: [...d.ids], amount: this.differenceAmount(d) };
  }
}

/** Everything of the JSON report but the two long lists (the streaming serialiser maps those lazily). */
export function jsonReportHead(r: Reconciliation): Head {
  const f = new JsonFormatter(r.currency);
  const orNull = (d: Decimal | null): string | null => (d === null ? null : f.amount(d));
  let matchedBank = 0;
  let matchedLedger = 0;
  for (let i = 0; i < r.matches.length; i++) {
    const m = r.matches[i]!;
    matchedBank += bankCount(m);
    matchedLedger += ledgerCount(m);
  }
  return {
    summary: {
      bankCount: r.bankCount,
      ledgerCount: r.ledgerCount,
      matchedBank,
      matchedLedger,
      differences: r.differences.length,
      balanced: r.balance.balanced,
    },
    balance: {
      bankClosing: f.amount(r.balance.bankClosing),
      ledgerClosing: f.amount(r.balance.ledgerClosing),
      adjustedBank: f.amount(r.balance.adjustedBank),
      adjustedLedger: f.amount(r.balance.adjustedLedger),
      balanced: r.balance.balanced,
    },
    currency: r.currency,
    options: { dateWindowDays: r.options.dateWindowDays, amountTolerance: r.options.amountTolerance, dateBasis: r.options.dateBasis },
    closingSources: { bank: r.balance.bankClosingSource, ledger: r.balance.ledgerClosingSource },
    statements: r.statements.map((s) => ({
      side: s.side,
      file: s.file,
      account: s.account,
      currency: s.currency,
      opening: orNull(s.opening),
      closing: orNull(s.closing),
      computedClosing: orNull(s.computedClosing),
      addsUp: s.addsUp,
      entries: s.entries,
    })),
    ambiguous: r.ambiguities.map((a) => ({ amount: f.amount(a.amount), bank: [...a.bank], ledger: [...a.ledger], days: a.days })),
    ...openingsJson(r, f),
  };
}

/** The three opening keys of the report. */
function openingsJson(r: Reconciliation, f: JsonFormatter): Pick<Head, 'openingSources' | 'openings' | 'openingGaps'> {
  const one = (o: Opening) => ({ amount: o.amount === null ? null : f.amount(o.amount), source: o.source, asOf: o.asOf, setBy: o.setBy, period: o.period });
  return {
    openingSources: { bank: r.openings.bank.source, ledger: r.openings.ledger.source },
    openings: { bank: one(r.openings.bank), ledger: one(r.openings.ledger) },
    openingGaps: r.openingGaps.map((g) => ({
      side: g.side, stated: f.amount(g.stated), given: f.amount(g.given), givenSource: g.givenSource, period: g.period, asOf: g.asOf,
    })),
  };
}

/**
 * The report as plain data: amounts as fixed-scale strings of the reconciliation's currency.
 * The list of matches is built when it is first read (JSON.stringify and spreading read it too):
 * a store run at a million lines a side has 900,000 of them, and the people's summary, the bot
 * and the day-end job never look at them (building them took about a second of such a run).
 */
export function toJsonReport(r: Reconciliation): JsonReport & JsonReportExt {
  const f = new JsonFormatter(r.currency);
  const head = jsonReportHead(r);
  let matches: JsonMatch[] | undefined;
  return {
    summary: head.summary,
    get matches(): JsonMatch[] {
      matches ??= r.matches.map((m) => f.match(m));
      return matches;
    },
    differences: r.differences.map((d) => f.difference(d)),
    balance: head.balance,
    currency: head.currency,
    options: head.options,
    closingSources: head.closingSources,
    statements: head.statements,
    ambiguous: head.ambiguous,
    openingSources: head.openingSources,
    openings: head.openings,
    openingGaps: head.openingGaps,
  };
}
