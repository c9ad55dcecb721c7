/**
 * A reconciliation run for one account and period, in one transaction: load the lines nothing
 * settles yet, run the pure engine, write matches and differences. A crash (kill -9 included)
 * before COMMIT leaves nothing. Re-running a period supersedes the earlier run (kept as history);
 * manual matches and differences someone already works on keep their lines out of the new run.
 *
 * Which lines a run of period P examines: every line of the account dated up to P's last day,
 * except lines in a match of the current run of another period, in a manual match, in a
 * difference that is being handled or was decided (not open), or in an open duplicate of another
 * period's current run (its twin is in that run's match, which this run does not see: alone, the
 * line would pass for one in transit). Earlier lines still open (a cheque not yet presented) are
 * thus carried forward; that run's open mismatches and duplicates are counted in this run's
 * balance statement as found (selectStandingDifferences). An open difference found again with the same
 * kind, lines and amount keeps its number (it is carried: it now belongs to this run); an open
 * difference whose lines this run matched is settled, one whose lines another difference now
 * holds is replaced (both are superseded). RunResult.changes says which, by number, and the
 * balance statement of the run this one supersedes is kept beside the new one, so a person can be
 * told why the verdict moved. A 未达账项 mark (service/inTransit.ts) on a settled difference is
 * cleared by this run; on a replaced one it follows the lines to the new difference.
 */
import { EngineError } from '../errors.ts';
import { Decimal, minorUnits } from '../money.ts';
import type { JsonReport, ReconcileOptions, Side, Statement, Transaction } from '../model.ts';
import { oneSidedKind, reconcile, type Difference, type Reconciliation } from '../reconcile.ts';
import { balanceStatement } from '../report/balance.ts';
import { JsonFormatter, toJsonReport, type JsonReportExt } from '../report/json.ts';
import type { Db } from '../store/db.ts';
import { appendAudit } from '../store/audit.ts';
import { claimLines } from '../store/claims.ts';
import { selectAccount } from '../store/accounts.ts';
import {
  carryDifferences, selectClosedDifferences, selectHeldDifferences, selectInTransitLines, selectManualResiduals, selectRunDifferences, selectSettledClaims, selectStandingDifferences,
  supersedeDifferences, type ClosedDifference,
} from '../store/differences.ts';
import { clearInTransit, moveInTransit, selectLiveInTransitOf } from '../store/inTransit.ts';
import { insertRun, nextRunId, selectCurrentRunBalance, supersedeCurrentRun, type RunBalanceRow } from '../store/runRows.ts';
import {
  bankSpans, forEachUnsettledLine, insertDifferences, insertMatchRows, selectOpenDifferences, statementSpans,
  type MatchRow, type NewDifference,
} from '../store/runs.ts';
import { getAccount, type Account } from './accounts.ts';
import { bookSide, closingOn, type SideClosing } from './bookOpening.ts';
import { findBankCorrections, findCorrections } from './corrections.ts';
import { transition } from './lifecycle.ts';
import { monthsOf, parsePeriod, type Period } from './period.ts';
import { byStoreId, StoredLines, storeIdOf as storedIdOf, type StoredLineTx } from './storedTransaction.ts';

export interface RunRequest {
  readonly account: string;
  /** A date (2026-10-31) or a cycle period (2026-10, 2026-Q3, 2026-H1, 2026). */
  readonly period: string;
  readonly actor: string;
  readonly at: Date;
  /** Overrides of the account's matching options for this run. */
  readonly options?: Partial<ReconcileOptions>;
}

/** What a run did to the account's open differences, by number (ascending). */
export interface RunChanges {
  /** First found by this run. */
  readonly new: readonly string[];
  /** Found again with the same kind, lines and amount: same number, now this run's. */
  readonly carried: readonly string[];
  /** Their lines are matched by this run: superseded, nothing left to do. */
  readonly settled: readonly string[];
  /** Their lines are now held by another difference (`by`): superseded. */
  readonly replaced: ReadonlyArray<{ readonly id: string; readonly by: readonly string[] }>;
  /** 未达账项 marks this run found cleared: the difference, and the date it was expected. */
  readonly transitCleared: ReadonlyArray<{ readonly id: string; readonly expected: string }>;
  /** Closed book adjustments whose entry this run found in the journal (service/corrections.ts); only when there are any. */
  readonly corrected?: ReadonlyArray<{ readonly id: string; readonly entry: string; readonly line: string; readonly date: string }>;
  /** Closed bank errors whose reversal this run found among the bank lines (service/corrections.ts); only when there are any. */
  readonly bankCorrected?: ReadonlyArray<{ readonly id: string; readonly line: string; readonly date: string }>;
}

export interface RunResult {
  readonly runId: string;
  readonly period: string;
  readonly supersededRunId: string | null;
  /** The balance statement of the superseded run (null: first run of the period). */
  readonly previousBalance: RunBalanceRow['balance'] | null;
  readonly changes: RunChanges;
  /**
   * Differences someone is handling whose lines this run left out: their amounts are added to its
   * balance statement where a side's closing still holds their lines (see withHeld).
   */
  readonly heldOut: ReadonlyArray<{ readonly id: string; readonly state: string; readonly amount: string }>;
  readonly report: JsonReport & JsonReportExt;
}

/** A side's statement for the engine: the lines the run examines, and the side's closing (a computed one says so). */
function sideStatement(account: string, currency: string, lines: readonly Transaction[], closing: SideClosing | null): Statement {
  return {
    account, currency, opening: null, openingDate: null, addsUp: null, file: 'store',
    closing: closing?.amount ?? null, closingDate: closing?.date ?? null,
    transactions: lines,
    ...(closing?.computed === true ? { closingFrom: 'computed' as const } : {}),
  };
}

/** The store id of a line the engine handed back (always one of the run's stored lines). */
function storeIdOf(t: Transaction): string {
  const id = storedIdOf(t);
  if (id !== undefined) return id;
  throw new EngineError('STORE.INTERNAL', `engine returned a line that was not loaded: ${t.id}`);
}

/** The store ids of a match's lines as a PostgreSQL array literal: {12} or {12,13}. */
function storeIdArray(txs: readonly Transaction[]): string {
  return txs.length === 1 ? `{${storeIdOf(txs[0]!)}}` : `{${txs.map(storeIdOf).join(',')}}`;
}

/**
 * Store id by bank id among a side's loaded lines (in store id order), for the few the
 * differences name. When the bank ids ascend with the store ids, as they do for lines imported
 * in file order, a binary search finds each; otherwise the named ids are looked up in one pass.
 */
function storeIdFinder(lines: readonly StoredLineTx[], differences: readonly { side: string; ids: readonly string[] }[], side: Side): (id: string) => string {
  const unknown = (id: string): never => {
    throw new EngineError('STORE.INTERNAL', `engine returned unknown ${side} id ${id}`);
  };
  let ascending = true;
  for (let i = 1; i < lines.length && ascending; i++) ascending = lines[i - 1]!.id < lines[i]!.id;
  if (ascending) {
    return (id) => {
      let lo = 0;
      let hi = lines.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >>> 1;
        const at = lines[mid]!.id;
        if (at === id) return lines[mid]!.storeId;
        if (at < id) lo = mid + 1;
        else hi = mid - 1;
      }
      return unknown(id);
    };
  }
  const named = new Map<string, string>();
  for (const d of differences) if (d.side === side) for (const id of d.ids) named.set(id, '');
  if (named.size > 0) for (const t of lines) if (named.has(t.id)) named.set(t.id, t.storeId);
  return (id) => {
    const found = named.get(id);
    return found === undefined || found === '' ? unknown(id) : found;
  };
}

/** The lines of the account a run of `period` examines, per side, in store id order. */
async function loadUnsettled(tx: Db, account: { number: string; currency: string }, period: Period): Promise<Record<Side, StoredLineTx[]>> {
  const scale = minorUnits(account.currency);
  const bySide: Record<Side, StoredLineTx[]> = { bank: [], ledger: [] };
  const make: Record<Side, StoredLines> = { bank: new StoredLines(account.currency, scale), ledger: new StoredLines(account.currency, scale) };
  await forEachUnsettledLine(tx, account.number, period.label, period.to, (l) => bySide[l.side].push(make[l.side].of(l)));
  // In store id order (the order lines were imported in), whatever order the server sent them.
  for (const side of ['bank', 'ledger'] as const) bySide[side].sort(byStoreId);
  return bySide;
}

/**
 * The report's differences with their lines as store ids. The report names ext ids, looked up
 * among the few lines they name rather than in a map of every line; an amount mismatch takes
 * the store ids of its match.
 */
function storedDifferences(result: Reconciliation, report: JsonReport, bySide: Record<Side, StoredLineTx[]>): NewDifference[] {
  const finders: Record<Side, (id: string) => string> = { bank: storeIdFinder(bySide.bank, result.differences, 'bank'), ledger: storeIdFinder(bySide.ledger, result.differences, 'ledger') };
  const toStore = (side: Side, ids: readonly string[]): string[] => ids.map(finders[side]);
  const mismatched = new Map<string, { bank: string[]; ledger: string[] }>();
  for (const m of result.matches) {
    if (!m.difference.isZero()) mismatched.set([...m.bank, ...m.ledger].map((t) => t.id).join('\u0001'), { bank: m.bank.map(storeIdOf), ledger: m.ledger.map(storeIdOf) });
  }
  return report.differences.map((d) => {
    if (d.side === 'both') {
      const m = mismatched.get(d.ids.join('\u0001'));
      if (!m) throw new EngineError('STORE.INTERNAL', `amount_mismatch without its match: ${d.ids.join(',')}`);
      return { kind: d.kind, side: d.side, amount: d.amount, bank: m.bank, ledger: m.ledger };
    }
    return { kind: d.kind, side: d.side, amount: d.amount, bank: d.side === 'bank' ? toStore('bank', d.ids) : [], ledger: d.side === 'ledger' ? toStore('ledger', d.ids) : [] };
  });
}

/** A difference's identity across runs: kind, amount and its lines' store ids. */
function differenceKey(kind: string, amount: string, bank: readonly string[], ledger: readonly string[]): string {
  return `${kind}|${new Decimal(amount).toFixed()}|${[...bank].sort().join(',')}|${[...ledger].sort().join(',')}`;
}

const byNumber = (a: string, b: string): number => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);

/**
 * Writes the run's differences against the account's open ones whose lines it examined again:
 * the same difference found again is carried (keeps its number), the others are superseded and
 * the rest of the run's differences inserted. Then 未达账项 marks of superseded differences are
 * cleared (lines matched) or moved (lines now in another difference). `settledBy` are lines a closed
 * resolution claimed (a book adjustment's entry, this run's too): an open difference holding one is settled.
 */
async function writeDifferences(tx: Db, account: string, bySide: Record<Side, StoredLineTx[]>, differences: readonly NewDifference[], runId: string, req: RunRequest, settledBy: readonly string[]): Promise<RunChanges> {
  const open = await selectOpenDifferences(tx, account);
  const examined = new Set(open.length > 0 ? [...bySide.bank, ...bySide.ledger].map((l) => l.storeId).concat(settledBy) : []);
  const fresh = new Map<string, number>();
  differences.forEach((d, i) => fresh.set(differenceKey(d.kind, d.amount, d.bank, d.ledger), i));
  const taken = new Set<number>();
  const carried: string[] = [];
  const stale: typeof open = [];
  for (const d of open) {
    if (![...d.bank_ids, ...d.ledger_ids].some((id) => examined.has(id))) continue;
    const i = fresh.get(differenceKey(d.kind, d.amount, d.bank_ids, d.ledger_ids));
    if (i !== undefined && !taken.has(i)) {
      taken.add(i);
      carried.push(d.id);
    } else stale.push(d);
  }
  // Every stale difference makes the same move (open, by the system), so the transition table
  // is asked once, and the state it names is the one written.
  if (stale.length > 0) await supersedeDifferences(tx, stale.map((d) => d.id), transition('open', 'supersede', { kind: 'system' }), runId, req.actor, req.at);
  await carryDifferences(tx, carried, runId, req.at);
  await insertDifferences(tx, account, runId, req.actor, req.at, taken.size === 0 ? differences : differences.filter((_, i) => !taken.has(i)));
  if (stale.length === 0 && carried.length === 0) {
    return { new: [], carried: [], settled: [], replaced: [], transitCleared: [], ...(differences.length > 0 ? { new: (await selectRunDifferences(tx, runId)).map((d) => d.id) } : {}) };
  }
  const mine = await selectRunDifferences(tx, runId);
  const carriedSet = new Set(carried);
  const holder = new Map<string, string>();
  for (const d of mine) for (const id of [...d.bank_ids, ...d.ledger_ids]) holder.set(id, d.id);
  const settled: string[] = [];
  const replaced: Array<{ id: string; by: string[] }> = [];
  for (const d of stale) {
    const by = [...new Set([...d.bank_ids, ...d.ledger_ids].map((id) => holder.get(id)).filter((x): x is string => x !== undefined))].sort(byNumber);
    if (by.length === 0) settled.push(d.id);
    else replaced.push({ id: d.id, by });
  }
  const transitCleared: Array<{ id: string; expected: string }> = [];
  const settledSet = new Set(settled);
  for (const m of await selectLiveInTransitOf(tx, account)) {
    if (settledSet.has(m.difference_id)) {
      await clearInTransit(tx, m.id, runId, req.at);
      transitCleared.push({ id: m.difference_id, expected: m.expected_date });
    } else {
      const moved = replaced.find((r) => r.id === m.difference_id);
      if (moved) await moveInTransit(tx, m.id, moved.by[0]!);
    }
  }
  return {
    new: mine.map((d) => d.id).filter((id) => !carriedSet.has(id)).sort(byNumber),
    carried: carried.sort(byNumber), settled: settled.sort(byNumber), replaced, transitCleared,
  };
}

/**
 * The side a run of the period lacks, or null: without the bank's statement of the period, or
 * without any journal up to its end (nor an opening a person set), that side would be taken as 0
 * and the balance statement could agree over nothing.
 */
function sideMissing(spans: { bank: number; ledger: number }, account: Account): Side | null {
  if (spans.bank === 0) return 'bank';
  if (spans.ledger === 0 && account.bookOpening === null) return 'ledger';
  return null;
}

/** What a run of `period` would lack (see sideMissing); the chat asks before offering a run. */
export async function missingSide(db: Db, number: string, period: string): Promise<Side | null> {
  const p = parsePeriod(period);
  const account = await getAccount(db, number);
  return sideMissing(await statementSpans(db, account.number, p.from, p.to), account);
}

/**
 * The account, once the period can be run: some statement covers it (STORE.PERIOD_NOT_COVERED),
 * neither side is missing (STORE.NO_BANK_STATEMENT, STORE.NO_LEDGER; see sideMissing), and a bank
 * statement reaches into every month of it (STORE.PERIOD_PARTLY_COVERED: a quarter with one month's
 * statement would be reconciled as that month and shown as the quarter's result). A period still
 * running is allowed (an interim check up to the latest statement).
 */
async function coveredAccount(tx: Db, number: string, period: Period): Promise<Account> {
  const spans = await statementSpans(tx, number, period.from, period.to);
  if (spans.overlapping === 0) {
    throw new EngineError('STORE.PERIOD_NOT_COVERED', `no statement of account ${number} covers ${period.label} (statements cover ${spans.all.from ?? '-'} .. ${spans.all.to ?? '-'})`,
      { account: number, period: period.label, from: spans.all.from ?? '-', to: spans.all.to ?? '-' });
  }
  const account = await getAccount(tx, number);
  const missing = sideMissing(spans, account);
  if (missing === 'bank') {
    throw new EngineError('STORE.NO_BANK_STATEMENT', `no bank statement of account ${number} covers ${period.label}; only journal lines are imported`,
      { account: number, period: period.label });
  }
  if (missing === 'ledger') {
    throw new EngineError('STORE.NO_LEDGER', `no journal of account ${number} is imported up to ${period.label}, and no book opening is set; only bank statements are imported`,
      { account: number, period: period.label });
  }
  const bank = await bankSpans(tx, number, period.from, period.to);
  const uncovered = monthsOf(period).filter((m) => !bank.some((s) => s.from <= m.to && s.to >= m.from));
  if (uncovered.length > 0) {
    const labels = uncovered.map((m) => m.label).join(', ');
    throw new EngineError('STORE.PERIOD_PARTLY_COVERED', `no bank statement of account ${number} reaches into ${labels} of ${period.label} (statements cover ${spans.all.from ?? '-'} .. ${spans.all.to ?? '-'})`,
      { account: number, period: period.label, missing: labels, from: spans.all.from ?? '-', to: spans.all.to ?? '-' });
  }
  return account;
}

type Held = Awaited<ReturnType<typeof selectHeldDifferences>>[number];
type InTransit = Awaited<ReturnType<typeof selectInTransitLines>>[number];
type Residual = Awaited<ReturnType<typeof selectManualResiduals>>[number];

/** A line left out of the run but not settled by its last day, as the one-sided difference it is then. */
function inTransitDifference(l: InTransit): Difference {
  const amount = new Decimal(l.amount);
  return { kind: oneSidedKind(l.side, !amount.isNegative()), side: l.side, ids: [], amount };
}

/**
 * The balance statement with the differences someone is handling counted in, as the run they were
 * found by counted them, and the lines in transit on the run's last day (selectInTransitLines) as
 * one-sided items: the run leaves their lines out, but a side's closing that is stated (a bank
 * statement's, a journal's, or the book's closing from all its lines) or read from a running
 * balance still holds those lines, so without them the re-run of an unchanged period would not
 * agree. A side whose closing the engine summed from the lines it examined leaves them out of the
 * closing as well: then they are not counted (nor is an amount mismatch with such a side).
 */
function withHeld(
  result: Reconciliation, held: readonly Held[], inTransit: readonly InTransit[], residuals: readonly Residual[], bankHolds: boolean, ledgerHolds: boolean,
): { result: Reconciliation; countedIds: string[]; countedLines: string[]; countedMatches: string[] } {
  const counted: Difference[] = [];
  const countedIds: string[] = [];
  const countedLines: string[] = [];
  const countedMatches: string[] = [];
  // A closed manual match's residual stands between both closings, like an amount mismatch.
  if (bankHolds && ledgerHolds) {
    for (const m of residuals) {
      counted.push({ kind: 'amount_mismatch', side: 'both', ids: [], amount: new Decimal(m.amount) });
      countedMatches.push(m.id);
    }
  }
  for (const h of held) {
    const holds = h.side === 'both' ? bankHolds && ledgerHolds : h.side === 'bank' ? bankHolds : ledgerHolds;
    if (!holds) continue;
    counted.push({ kind: h.kind, side: h.side, ids: [], amount: new Decimal(h.amount) });
    countedIds.push(h.id);
  }
  for (const l of inTransit) {
    if (!(l.side === 'bank' ? bankHolds : ledgerHolds)) continue;
    counted.push(inTransitDifference(l));
    countedLines.push(l.id);
  }
  if (counted.length === 0) return { result, countedIds, countedLines, countedMatches };
  const b = result.balance;
  return {
    result: {
      ...result,
      balance: balanceStatement(result.currency, { amount: b.bankClosing, source: b.bankClosingSource }, { amount: b.ledgerClosing, source: b.ledgerClosingSource },
        [...result.differences, ...counted]),
    },
    countedIds: countedIds.sort(byNumber),
    countedLines,
    countedMatches,
  };
}

/**
 * Claims each correcting line found for a closed difference (a book adjustment's entry, a bank
 * error's reversal) for the resolution `resolutionOf` names; returns the side's lines without them.
 */
async function claimCorrections(
  tx: Db, account: string, found: ReadonlyArray<{ difference: ClosedDifference; lines: readonly StoredLineTx[] }>, lines: StoredLineTx[], resolutionOf: (d: ClosedDifference) => string,
): Promise<StoredLineTx[]> {
  if (found.length === 0) return lines;
  for (const c of found) {
    const refused = await claimLines(tx, { account, differenceId: c.difference.id, resolutionId: resolutionOf(c.difference), lineIds: c.lines.map((l) => l.storeId) });
    if (refused.length > 0) throw new EngineError('STORE.INTERNAL', `line ${refused[0]!.line} is claimed already by difference ${refused[0]!.difference}`);
  }
  const taken = new Set(found.flatMap((c) => c.lines));
  return lines.filter((l) => !taken.has(l));
}

/** A correction's lines as the run's changes name them: their ids (V7+V8) and the last one's date. */
function correctionLines(lines: readonly StoredLineTx[]): { line: string; date: string } {
  return { line: lines.map((l) => l.id).join('+'), date: lines.map((l) => l.date).sort().at(-1)! };
}

/** Runs a reconciliation and stores it; returns the contract's report plus the run id. */
export async function runReconciliation(db: Db, req: RunRequest): Promise<RunResult> {
  const period = parsePeriod(req.period);
  await getAccount(db, req.account);
  return db.transaction(async (tx) => {
    // The account row lock serialises runs of one account across instances.
    const account = (await selectAccount(tx, req.account, true))!;
    const accountRow = await coveredAccount(tx, account.number, period);
    const bySide = await loadUnsettled(tx, account, period);
    // Closed book adjustments whose entry is now among the journal lines: claimed for the adjustment and left out with it.
    const closed = await selectClosedDifferences(tx, account.number, period.to);
    const corrections = findCorrections(closed, bySide.ledger);
    bySide.ledger = await claimCorrections(tx, account.number, corrections, bySide.ledger, (d) => d.adjustment!);
    // Closed bank errors whose reversal is now among the bank lines: claimed for the bank-error resolution and left out with it.
    const bankCorrections = findBankCorrections(closed, bySide.bank);
    bySide.bank = await claimCorrections(tx, account.number, bankCorrections.map((c) => ({ difference: c.difference, lines: [c.line] })), bySide.bank, (d) => d.bank_error!);
    const correctedNow = new Set([...corrections, ...bankCorrections].map((c) => c.difference.id));
    const options: ReconcileOptions = {
      dateWindowDays: req.options?.dateWindowDays ?? account.date_window_days,
      amountTolerance: req.options?.amountTolerance !== undefined ? req.options.amountTolerance : account.amount_tolerance,
      dateBasis: req.options?.dateBasis ?? 'booking',
    };
    const bank = sideStatement(account.number, account.currency, bySide.bank, await closingOn(tx, account.number, 'bank', period.to));
    const book = await bookSide(tx, accountRow, period);
    const ledger = sideStatement(account.number, account.currency, bySide.ledger, book.closing);
    const heldOut = await selectHeldDifferences(tx, account.number, period.to);
    const engineResult = reconcile([bank], [ledger], options, book.given === undefined ? {} : { ledger: book.given });
    const sources = engineResult.balance;
    const inTransit = await selectInTransitLines(tx, account.number, period.label, period.to);
    // A side's closing holds every line of the side when it is stated, computed from a stated balance or read from a running balance.
    const ledgerHolds = book.closing !== null || sources.ledgerClosingSource === 'running_balance';
    // Closed differences not yet corrected in the book, and another period's open mismatches and duplicates this run cannot see again, count as found.
    const standing = await selectStandingDifferences(tx, account.number, period.label, period.to);
    const residuals = await selectManualResiduals(tx, account.number, period.to);
    const { result, countedIds, countedLines, countedMatches } = withHeld(
      engineResult, [...heldOut, ...closed.filter((d) => !correctedNow.has(d.id)), ...standing], inTransit, residuals,
      bank.closing !== null || sources.bankClosingSource === 'running_balance', ledgerHolds,
    );
    const report = toJsonReport(result);

    // Matches carry the loaded lines themselves, turned into store ids as each match is written
    // (no second list of them).
    const format = new JsonFormatter(result.currency);
    const matchRow = (i: number): MatchRow => {
      const m = result.matches[i]!;
      return { rule: m.rule, bankIds: storeIdArray(m.bank), ledgerIds: storeIdArray(m.ledger), difference: format.amount(m.difference) };
    };
    const differences = storedDifferences(result, report, bySide);

    const runId = await nextRunId(tx);
    const previous = await selectCurrentRunBalance(tx, account.number, period.label);
    const supersededRunId = await supersedeCurrentRun(tx, account.number, period.label, runId);
    await insertRun(tx, {
      id: runId, account: account.number, period: period.label, from: period.from, to: period.to, runBy: req.actor, at: req.at, options,
      report: {
        summary: report.summary, balance: report.balance, currency: report.currency, closingSources: report.closingSources, ambiguous: report.ambiguous.length,
        openingSources: report.openingSources, openings: report.openings, openingGaps: report.openingGaps,
        // Other runs' differences its balance statement counts: the period's record lists them.
        countedDifferences: countedIds,
        // Lines it counted as in transit on its last day (selectInTransitLines): the record lists them too.
        countedLines,
        // Closed manual matches whose residual it counts: the record lists them among its matches.
        countedMatches,
      },
      // A book closing summed from 0 over the lines this run examined is no balance: not carried.
      ledgerClosing: ledgerHolds ? report.balance.ledgerClosing : null,
    });

    await insertMatchRows(tx, account.number, runId, result.matches.length, matchRow);
    // Lines a closed resolution claimed (this run's adjustment entries among them): an open difference holding one is settled.
    const written = await writeDifferences(tx, account.number, bySide, differences, runId, req, await selectSettledClaims(tx, account.number));
    const changes: RunChanges = {
      ...written,
      ...(corrections.length > 0 ? { corrected: corrections.map((c) => ({ id: c.difference.id, entry: c.difference.entry_reference, ...correctionLines(c.lines) })).sort((a, b) => byNumber(a.id, b.id)) } : {}),
      ...(bankCorrections.length > 0 ? { bankCorrected: bankCorrections.map((c) => ({ id: c.difference.id, line: c.line.id, date: c.line.date })).sort((a, b) => byNumber(a.id, b.id)) } : {}),
    };
    await appendAudit(tx, {
      actor: req.actor, source: 'auto', action: 'run', entity: 'run', entityId: runId, at: req.at,
      before: supersededRunId ? { run: supersededRunId } : null,
      after: {
        account: account.number, period: period.label, summary: report.summary, balance: report.balance,
        supersededDifferences: [...changes.settled, ...changes.replaced.map((r) => r.id)].sort(byNumber), carriedDifferences: changes.carried,
        ...(changes.transitCleared.length > 0 ? { inTransitCleared: changes.transitCleared.map((c) => c.id) } : {}),
        ...(changes.corrected ? { adjustmentsPosted: changes.corrected.map((c) => ({ difference: c.id, entry: c.entry, line: c.line })) } : {}),
        ...(changes.bankCorrected ? { bankErrorsCorrected: changes.bankCorrected.map((c) => ({ difference: c.id, line: c.line })) } : {}),
      },
    });
    return { runId, period: period.label, supersededRunId, previousBalance: previous?.balance ?? null, changes, heldOut, report };
  });
}
