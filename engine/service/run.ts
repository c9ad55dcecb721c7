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
import { Decimal } from '../money.ts';
import type { JsonReport, ReconcileOptions, Side, Statement, Transaction } from '../model.ts';
import { reconcile } from '../match/index.ts';
import { toJsonReport, type JsonReportExt } from '../report/json.ts';
import type { Db } from '../store/db.ts';
import { appendAudit } from '../store/audit.ts';
import { selectAccount } from '../store/accounts.ts';
import {
  insertDifferences, insertMatches, latestClosing, selectOpenDifferences, selectUnsettledLines, statementSpans,
  type NewDifference, type NewMatch,
} from '../store/runs.ts';
import type { StoredLine } from '../store/transactions.ts';
import { getAccount } from './accounts.ts';
import { transition } from './lifecycle.ts';
import { parsePeriod } from './period.ts';

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

function toTransaction(l: StoredLine): Transaction {
  return {
    id: l.ext_id, date: l.date, valueDate: l.value_date, amount: new Decimal(l.amount), currency: l.currency,
    reference: l.reference, bankReference: l.bank_reference, counterparty: l.counterparty, description: l.description,
    balance: l.balance === null ? null : new Decimal(l.balance), line: l.line,
  };
}

function sideStatement(account: string, currency: string, lines: readonly StoredLine[], closing: { closing: string; date: string } | null): Statement {
  return {
    account, currency, opening: null, openingDate: null, addsUp: null, file: 'store',
    closing: closing ? new Decimal(closing.closing) : null, closingDate: closing?.date ?? null,
    transactions: lines.map(toTransaction),
  };
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
    const lines = await selectUnsettledLines(tx, account.number, period.label, period.to);
    const bySide: Record<Side, StoredLine[]> = { bank: [], ledger: [] };
    for (const l of lines) bySide[l.side].push(l);
    const storeId: Record<Side, Map<string, string>> = {
      bank: new Map(bySide.bank.map((l) => [l.ext_id, l.id])),
      ledger: new Map(bySide.ledger.map((l) => [l.ext_id, l.id])),
    };
    const options: ReconcileOptions = {
      dateWindowDays: req.options?.dateWindowDays ?? account.date_window_days,
      amountTolerance: req.options?.amountTolerance !== undefined ? req.options.amountTolerance : account.amount_tolerance,
      dateBasis: req.options?.dateBasis ?? 'booking',
    };
    const bank = sideStatement(account.number, account.currency, bySide.bank, await latestClosing(tx, account.number, 'bank', period.to));
    const ledger = sideStatement(account.number, account.currency, bySide.ledger, await latestClosing(tx, account.number, 'ledger', period.to));
    const report = toJsonReport(reconcile([bank], [ledger], options));

    const toStore = (side: Side, ids: readonly string[]): string[] => ids.map((id) => {
      const found = storeId[side].get(id);
      if (found === undefined) throw new EngineError('STORE.INTERNAL', `engine returned unknown ${side} id ${id}`);
      return found;
    });
    const matches: NewMatch[] = report.matches.map((m) => ({ rule: m.rule, bank: toStore('bank', m.bank), ledger: toStore('ledger', m.ledger), difference: m.difference }));
    const matchByIds = new Map(report.matches.map((m, i) => [[...m.bank, ...m.ledger].join('\u0001'), matches[i]!]));
    const differences: NewDifference[] = report.differences.map((d) => {
      if (d.side === 'both') {
        const m = matchByIds.get(d.ids.join('\u0001'));
        if (!m) throw new EngineError('STORE.INTERNAL', `amount_mismatch without its match: ${d.ids.join(',')}`);
        return { kind: d.kind, side: d.side, amount: d.amount, bank: m.bank, ledger: m.ledger };
      }
      return { kind: d.kind, side: d.side, amount: d.amount, bank: d.side === 'bank' ? toStore('bank', d.ids) : [], ledger: d.side === 'ledger' ? toStore('ledger', d.ids) : [] };
    });

    const runId = (await tx.query<{ id: string }>(`SELECT nextval(pg_get_serial_sequence('runs', 'id'))::text AS id`)).rows[0]!.id;
    const previous = await tx.query<{ id: string }>(
      `UPDATE runs SET superseded_by = $3 WHERE account = $1 AND period = $2 AND superseded_by IS NULL RETURNING id::text AS id`,
      [account.number, period.label, runId],
    );
    const supersededRunId = previous.rows[0]?.id ?? null;
    await tx.query(
      `INSERT INTO runs (id, account, period, date_from, date_to, run_by, started_at, options, report)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9::jsonb)`,
      [runId, account.number, period.label, period.from, period.to, req.actor, req.at.toISOString(), JSON.stringify(options),
        JSON.stringify({ summary: report.summary, balance: report.balance, currency: report.currency, closingSources: report.closingSources, ambiguous: report.ambiguous.length })],
    );

    // Open differences whose lines this run examined again are superseded by it.
    const examined = new Set(lines.map((l) => l.id));
    const stale = (await selectOpenDifferences(tx, account.number))
      .filter((d) => [...d.bank_ids, ...d.ledger_ids].some((id) => examined.has(id)))
      .map((d) => d.id);
    for (const _ of stale) transition('open', 'supersede', { kind: 'system' });
    if (stale.length > 0) {
      await tx.query(
        `UPDATE differences SET state = 'superseded', superseded_by = $2, version = version + 1, last_actor = $3, updated_at = $4
          WHERE id = ANY($1::bigint[]) AND state = 'open'`,
        [stale, runId, req.actor, req.at.toISOString()],
      );
    }
    await insertMatches(tx, account.number, runId, matches);
    await insertDifferences(tx, account.number, runId, req.actor, req.at, differences);
    await appendAudit(tx, {
      actor: req.actor, source: 'auto', action: 'run', entity: 'run', entityId: runId, at: req.at,
      before: supersededRunId ? { run: supersededRunId } : null,
      after: { account: account.number, period: period.label, summary: report.summary, balance: report.balance, supersededDifferences: stale },
    });
    return { runId, period: period.label, supersededRunId, report };
  });
}
