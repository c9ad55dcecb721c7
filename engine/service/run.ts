/**
 * A reconciliation run for one account and period, in one transaction: load the lines nothing
 * settles yet, run the pure engine, write matches and differences. A crash (kill -9 included)
 * before COMMIT leaves nothing. Re-running a period supersedes the earlier run (kept as history);
 * manual matches and differences someone already works on keep their lines out of the new run.
 *
 * Which lines a run of period P examines: every line of the account dated up to P's last day,
 * except lines in a match of the current run of another period, in a manual match, or in a
 * difference that is being handled or was decided (not open). Earlier lines still open (a cheque
 * not yet presented) are thus carried forward; their old open differences are superseded.
 */
import { EngineError } from '../errors.ts';
import { Decimal, minorUnits } from '../money.ts';
import type { JsonReport, ReconcileOptions, Side, Statement, Transaction } from '../model.ts';
import { reconcile, type Reconciliation } from '../reconcile.ts';
import { JsonFormatter, toJsonReport, type JsonReportExt } from '../report/json.ts';
import type { Db } from '../store/db.ts';
import { appendAudit } from '../store/audit.ts';
import { selectAccount } from '../store/accounts.ts';
import { supersedeDifferences } from '../store/differences.ts';
import { insertRun, nextRunId, supersedeCurrentRun } from '../store/runRows.ts';
import {
  forEachUnsettledLine, insertDifferences, insertMatchRows, latestClosing, selectOpenDifferences, statementSpans,
  type MatchRow, type NewDifference,
} from '../store/runs.ts';
import { getAccount } from './accounts.ts';
import { bookSide, type BookSide } from './bookOpening.ts';
import { transition } from './lifecycle.ts';
import { parsePeriod, type Period } from './period.ts';
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

export interface RunResult {
  readonly runId: string;
  readonly period: string;
  readonly supersededRunId: string | null;
  readonly report: JsonReport & JsonReportExt;
}

function sideStatement(account: string, currency: string, lines: readonly Transaction[], closing: { closing: string; date: string } | null): Statement {
  return {
    account, currency, opening: null, openingDate: null, addsUp: null, file: 'store',
    closing: closing ? new Decimal(closing.closing) : null, closingDate: closing?.date ?? null,
    transactions: lines,
  };
}

/** The book's statement: its closing as bookSide found it (a computed one says so). */
function ledgerStatement(account: string, currency: string, lines: readonly Transaction[], book: BookSide): Statement {
  const c = book.closing;
  return {
    ...sideStatement(account, currency, lines, c === null ? null : { closing: c.amount.toString(), date: c.date }),
    ...(c?.computed === true ? { closingFrom: 'computed' as const } : {}),
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

/** Supersedes the account's open differences whose lines this run examined again; returns their ids. */
async function supersedeReexamined(tx: Db, account: string, bySide: Record<Side, StoredLineTx[]>, runId: string, req: RunRequest): Promise<string[]> {
  const open = await selectOpenDifferences(tx, account);
  const examined = new Set(open.length > 0 ? [...bySide.bank, ...bySide.ledger].map((l) => l.storeId) : []);
  const stale = open.filter((d) => [...d.bank_ids, ...d.ledger_ids].some((id) => examined.has(id))).map((d) => d.id);
  // Every stale difference makes the same move (open, by the system), so the transition table
  // is asked once, and the state it names is the one written.
  if (stale.length > 0) await supersedeDifferences(tx, stale, transition('open', 'supersede', { kind: 'system' }), runId, req.actor, req.at);
  return stale;
}

/** Runs a reconciliation and stores it; returns the contract's report plus the run id. */
export async function runReconciliation(db: Db, req: RunRequest): Promise<RunResult> {
  const period = parsePeriod(req.period);
  await getAccount(db, req.account);
  return db.transaction(async (tx) => {
    // The account row lock serialises runs of one account across instances.
    const account = (await selectAccount(tx, req.account, true))!;
    const spans = await statementSpans(tx, account.number, period.from, period.to);
    if (spans.overlapping === 0) {
      throw new EngineError('STORE.PERIOD_NOT_COVERED', `no statement of account ${account.number} covers ${period.label} (statements cover ${spans.all.from ?? '-'} .. ${spans.all.to ?? '-'})`,
        { account: account.number, period: period.label, from: spans.all.from ?? '-', to: spans.all.to ?? '-' });
    }
    const bySide = await loadUnsettled(tx, account, period);
    const options: ReconcileOptions = {
      dateWindowDays: req.options?.dateWindowDays ?? account.date_window_days,
      amountTolerance: req.options?.amountTolerance !== undefined ? req.options.amountTolerance : account.amount_tolerance,
      dateBasis: req.options?.dateBasis ?? 'booking',
    };
    const bank = sideStatement(account.number, account.currency, bySide.bank, await latestClosing(tx, account.number, 'bank', period.to));
    const book = await bookSide(tx, await getAccount(tx, account.number), period);
    const ledger = ledgerStatement(account.number, account.currency, bySide.ledger, book);
    const result = reconcile([bank], [ledger], options, book.given === undefined ? {} : { ledger: book.given });
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
    const supersededRunId = await supersedeCurrentRun(tx, account.number, period.label, runId);
    await insertRun(tx, {
      id: runId, account: account.number, period: period.label, from: period.from, to: period.to, runBy: req.actor, at: req.at, options,
      report: {
        summary: report.summary, balance: report.balance, currency: report.currency, closingSources: report.closingSources, ambiguous: report.ambiguous.length,
        openingSources: report.openingSources, openings: report.openings, openingGaps: report.openingGaps,
      },
      ledgerClosing: report.balance.ledgerClosing,
    });

    const stale = await supersedeReexamined(tx, account.number, bySide, runId, req);
    await insertMatchRows(tx, account.number, runId, result.matches.length, matchRow);
    await insertDifferences(tx, account.number, runId, req.actor, req.at, differences);
    await appendAudit(tx, {
      actor: req.actor, source: 'auto', action: 'run', entity: 'run', entityId: runId, at: req.at,
      before: supersededRunId ? { run: supersededRunId } : null,
      after: { account: account.number, period: period.label, summary: report.summary, balance: report.balance, supersededDifferences: stale },
    });
    return { runId, period: period.label, supersededRunId, report };
  });
}
