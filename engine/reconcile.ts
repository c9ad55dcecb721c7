/**
 * The matching pipeline: passes from highest fidelity to lowest over a set of claimed lines,
 * then the leftovers become differences and the balance statement is drawn up. Pure and
 * deterministic: the result depends on the lines, never on their order in the files.
 */
import { EngineError } from './errors.ts';
import { compareIds } from './lines/id-order.ts';
import { TAKEN, type Line } from './lines/line.ts';
import { CounterpartyKeys } from './lines/match-keys.ts';
import { DayCache, toLines } from './lines/to-lines.ts';
import { matchAmountDate } from './match/amount-date.ts';
import { Claims } from './match/claims.ts';
import { reconciliationCurrency } from './match/currency.ts';
import { findDuplicates } from './match/duplicates.ts';
import { firstBankId, firstLedgerId } from './match/match.ts';
import { matchReferencesAndGroups } from './match/reference.ts';
import { buildRefIndex } from './match/ref-index.ts';
import { matchTolerance } from './match/tolerance.ts';
import { Decimal, minorUnits } from './money.ts';
import { ReconcileOptionsSchema, type ReconcileOptions, type Side, type Statement } from './model.ts';
import { balanceStatement } from './report/balance.ts';
import { checkAddsUp, closingOf, openingOf } from './report/statements.ts';
import type { Ambiguity, Difference, GivenOpening, Match, OpeningGap, Reconciliation } from './report/types.ts';

export type {
  Ambiguity, BalanceStatement, ClosingSource, Difference, GivenOpening, Match, Opening, OpeningGap, OpeningSource, Reconciliation, StatementCheck,
} from './report/types.ts';

/**
 * Opening balances the caller knows when a side's files state none: the previous period's
 * carried closing, or a person's figure (`--ledger-opening`, an account's book opening).
 */
export type GivenOpenings = Partial<Record<'bank' | 'ledger', GivenOpening>>;

const KIND_ORDER = ['amount_mismatch', 'duplicate', 'bank_only_credit', 'bank_only_debit', 'ledger_only_credit', 'ledger_only_debit'] as const;

/**
 * Tolerance in whole minor units (0.015 CNY allows 1 fen: a difference must be ≤ the tolerance).
 * A tolerance past the safe range allows any difference of two lines' amounts, as 2^53 − 1 does.
 */
function toleranceMinor(tolerance: string, currency: string): number {
  const t = new Decimal(tolerance).abs().times(new Decimal(10).pow(minorUnits(currency))).floor();
  return t.gt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : t.toNumber();
}

/** Report order of the rules (a lookup, not indexOf: the sort compares a million matches). */
const RULE_RANK: Readonly<Record<Match['rule'], number>> = { reference: 0, one_to_many: 1, many_to_one: 2, amount_date: 3, tolerance: 4 };

/**
 * The matches in report order: by rule, then by first bank id, then first ledger id. Every bank
 * line is in at most one match, so the rank of a match's first bank line (the lowest: callers
 * give bank lines in id order) is a place of its own: the matches of a rule are placed by it,
 * with no comparisons, whatever order the lines came in.
 */
function orderMatches(claims: Claims, bankCount: number): Match[] {
  const { matches, firstBankRank } = claims;
  if (firstBankRank.some((r) => r < 0)) return matches.sort(compareMatches);
  // The rule of each match as a small number, read in creation order (not through the match
  // objects, which a shuffled file scatters in memory), and where each rule's matches start.
  const ruleOf = new Uint8Array(matches.length);
  const start = new Array<number>(RULE_COUNT + 1).fill(0);
  const at = new Int32Array(bankCount).fill(-1);
  for (let i = 0; i < matches.length; i++) {
    ruleOf[i] = RULE_RANK[matches[i]!.rule];
    start[ruleOf[i]! + 1]!++;
    at[firstBankRank[i]!] = i;
  }
  for (let k = 1; k <= RULE_COUNT; k++) start[k]! += start[k - 1]!;
  const out = new Array<Match>(matches.length);
  for (let r = 0; r < at.length; r++) {
    const i = at[r]!;
    if (i !== -1) out[start[ruleOf[i]!]!++] = matches[i]!;
  }
  return out;
}

const RULE_COUNT = Object.keys(RULE_RANK).length;

/** The general order of matches (only for a match without bank lines, which no pass makes). */
function compareMatches(a: Match, b: Match): number {
  const r = RULE_RANK[a.rule] - RULE_RANK[b.rule];
  if (r !== 0) return r;
  return compareIds(firstBankId(a), firstBankId(b)) || compareIds(firstLedgerId(a), firstLedgerId(b));
}

function compareDifferences(a: Difference, b: Difference): number {
  const k = KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind);
  if (k !== 0) return k;
  if (a.side !== b.side) return a.side === 'bank' || b.side === 'ledger' ? -1 : 1;
  return compareIds(a.ids[0] ?? '', b.ids[0] ?? '') || compareIds(a.ids.at(-1) ?? '', b.ids.at(-1) ?? '');
}

/**
 * Differences with the key that orders them as `compareDifferences` does: kind, side (bank,
 * both, ledger), then the rank of the first id. Within a kind and side that rank is a place of
 * its own (a line is in one difference; an amount_mismatch's first id is its match's first bank
 * line), so a numeric sort of the keys gives the report order.
 */
class OrderedDifferences {
  readonly list: Difference[] = [];
  private readonly keys: number[] = [];

  add(d: Difference, rank: number): void {
    const side = d.side === 'bank' ? 0 : d.side === 'both' ? 1 : 2;
    this.list.push(d);
    this.keys.push((KIND_ORDER.indexOf(d.kind) * 3 + side) * 2 ** 32 + rank);
  }

  sorted(): Difference[] {
    const order = this.list.map((_, i) => i).sort((a, b) => this.keys[a]! - this.keys[b]!);
    return order.map((i) => this.list[i]!);
  }
}

/** Amount mismatches of the matches, duplicates and lines left over, in report order. */
function collectDifferences(claims: Claims, bankLines: readonly Line[], ledgerLines: readonly Line[]): Difference[] {
  const { matches, firstBankRank } = claims;
  const out = new OrderedDifferences();
  for (let i = 0; i < matches.length; i++) {
    const m = matches[i]!;
    if (m.difference.isZero()) continue;
    out.add({ kind: 'amount_mismatch', side: 'both', ids: [...m.bank.map((t) => t.id), ...m.ledger.map((t) => t.id)], amount: m.difference }, firstBankRank[i]!);
  }
  for (const lines of [bankLines, ledgerLines]) {
    for (const d of findDuplicates(lines)) {
      d.claimed = TAKEN;
      out.add({ kind: 'duplicate', side: d.side, ids: [d.id], amount: d.tx.amount, minor: d.minor }, d.rank);
    }
    for (let i = 0; i < lines.length; i++) {
      const l = lines[i]!;
      if (!l.claimed) out.add({ kind: onlyKind(l), side: l.side, ids: [l.id], amount: l.tx.amount, minor: l.minor }, l.rank);
    }
  }
  // A match without bank lines (none of the passes makes one) has no rank: the general order then.
  return firstBankRank.some((r) => r < 0) ? out.list.sort(compareDifferences) : out.sorted();
}

/** The kind of a line found on one side only: money in (0 included) is a credit, money out a debit. */
export function oneSidedKind(side: Side, credit: boolean): Difference['kind'] {
  if (side === 'bank') return credit ? 'bank_only_credit' : 'bank_only_debit';
  return credit ? 'ledger_only_credit' : 'ledger_only_debit';
}

function onlyKind(line: Line): Difference['kind'] {
  return oneSidedKind(line.side, line.minor >= 0);
}

/**
 * Reconciles bank statements against ledger statements of one currency.
 * Throws EngineError ENGINE.CURRENCY_MISMATCH when the two sides are in different currencies,
 * ENGINE.DUPLICATE_ID when an id repeats within a side, ENGINE.BAD_OPTIONS for invalid options.
 */
export function reconcile(bank: readonly Statement[], ledger: readonly Statement[], options: ReconcileOptions, given: GivenOpenings = {}): Reconciliation {
  const parsed = ReconcileOptionsSchema.safeParse(options);
  if (!parsed.success) throw new EngineError('ENGINE.BAD_OPTIONS', parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
  const opts = parsed.data;
  const currency = reconciliationCurrency(bank, ledger);
  const days = new DayCache();
  const names = new CounterpartyKeys();
  const minorTotals = new Map<Statement, bigint>();
  const bankLines = toLines('bank', bank, currency, opts.dateBasis, days, names, minorTotals);
  const ledgerLines = toLines('ledger', ledger, currency, opts.dateBasis, days, names, minorTotals);

  const claims = new Claims(Math.min(bankLines.length, ledgerLines.length));
  // No variable holds the reference index: its two maps (a million-odd keys) can be collected
  // before the amount_date pass builds its own.
  matchReferencesAndGroups(buildRefIndex(bankLines, ledgerLines), claims);
  const notes = matchAmountDate(bankLines, ledgerLines, opts.dateWindowDays, claims);
  if (opts.amountTolerance !== null) {
    matchTolerance(bankLines, ledgerLines, toleranceMinor(opts.amountTolerance, currency), opts.dateWindowDays, claims);
  }

  const differences = collectDifferences(claims, bankLines, ledgerLines);
  const matches = orderMatches(claims, bankLines.length);

  const ambiguities: Ambiguity[] = notes
    .map((n) => ({ amount: n.sample.tx.amount, bank: n.bank, ledger: n.ledger, days: n.days }))
    .sort((a, b) => compareIds(a.bank[0] ?? a.ledger[0] ?? '', b.bank[0] ?? b.ledger[0] ?? '') || compareIds(a.ledger[0] ?? '', b.ledger[0] ?? ''));
  const unit = new Decimal(10).pow(minorUnits(currency));
  const totals = new Map([...minorTotals].map(([st, minor]) => [st, new Decimal(minor.toString()).div(unit)]));
  const statements = [...bank.map((s) => checkAddsUp('bank', s, totals)), ...ledger.map((s) => checkAddsUp('ledger', s, totals))];
  const bankOpening = openingOf('bank', bank, given.bank);
  const ledgerOpening = openingOf('ledger', ledger, given.ledger);
  const openingGaps = [bankOpening.gap, ledgerOpening.gap].filter((g): g is OpeningGap => g !== null);
  return {
    currency,
    options: opts,
    bankCount: bankLines.length,
    ledgerCount: ledgerLines.length,
    matches,
    differences,
    ambiguities,
    statements,
    balance: balanceStatement(currency, closingOf(bank, totals, bankOpening.opening.amount), closingOf(ledger, totals, ledgerOpening.opening.amount), differences),
    openings: { bank: bankOpening.opening, ledger: ledgerOpening.opening },
    openingGaps,
  };
}
