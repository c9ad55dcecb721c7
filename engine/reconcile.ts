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
import { ReconcileOptionsSchema, type ReconcileOptions, type Statement } from './model.ts';
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
 * The matches in report order: by rule, then by first bank id, then first ledger id. When the
 * bank lines' ids ascend in their order (files sorted by id, the usual case), a line's position
 * is its rank in id order, and every bank line is in at most one match: the matches of a rule
 * are then placed by the position of their first bank line, with no comparisons (a sort of a
 * million matches compares ids some twenty million times).
 */
function orderMatches(claims: Claims, bankLines: readonly Line[]): Match[] {
  const { matches, firstBankPos } = claims;
  if (!idsAscend(bankLines) || firstBankPos.some((p) => p < 0)) return matches.sort(compareMatches);
  const at = new Int32Array(bankLines.length).fill(-1);
  for (let i = 0; i < matches.length; i++) at[firstBankPos[i]!] = i;
  const out: Match[] = [];
  for (const rule of RULES) {
    for (let p = 0; p < at.length; p++) {
      const i = at[p]!;
      if (i !== -1 && matches[i]!.rule === rule) out.push(matches[i]!);
    }
  }
  return out;
}

const RULES = Object.keys(RULE_RANK).sort((a, b) => RULE_RANK[a as Match['rule']] - RULE_RANK[b as Match['rule']]);

/** True when each line's id comes after the one before it in `compareIds` order. */
function idsAscend(lines: readonly Line[]): boolean {
  for (let i = 1; i < lines.length; i++) if (compareIds(lines[i - 1]!.id, lines[i]!.id) >= 0) return false;
  return true;
}

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

function onlyKind(line: Line): Difference['kind'] {
  const credit = line.minor >= 0;
  if (line.side === 'bank') return credit ? 'bank_only_credit' : 'bank_only_debit';
  return credit ? 'ledger_only_credit' : 'ledger_only_debit';
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

  const claims = new Claims();
  // No variable holds the reference index: its two maps (a million-odd keys) can be collected
  // before the amount_date pass builds its own.
  matchReferencesAndGroups(buildRefIndex(bankLines, ledgerLines), claims);
  const notes = matchAmountDate(bankLines, ledgerLines, opts.dateWindowDays, claims);
  if (opts.amountTolerance !== null) {
    matchTolerance(bankLines, ledgerLines, toleranceMinor(opts.amountTolerance, currency), opts.dateWindowDays, claims);
  }

  const matches = orderMatches(claims, bankLines);
  const differences: Difference[] = [];
  for (const m of matches) {
    if (m.difference.isZero()) continue;
    differences.push({ kind: 'amount_mismatch', side: 'both', ids: [...m.bank.map((t) => t.id), ...m.ledger.map((t) => t.id)], amount: m.difference });
  }
  for (const lines of [bankLines, ledgerLines]) {
    for (const d of findDuplicates(lines)) {
      d.claimed = TAKEN;
      differences.push({ kind: 'duplicate', side: d.side, ids: [d.id], amount: d.tx.amount, minor: d.minor });
    }
    for (const l of lines) {
      if (!l.claimed) differences.push({ kind: onlyKind(l), side: l.side, ids: [l.id], amount: l.tx.amount, minor: l.minor });
    }
  }
  differences.sort(compareDifferences);

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
