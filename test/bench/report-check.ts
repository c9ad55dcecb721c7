/**
 * Checks a `recon reconcile` JSON report against what the generator made, so the benchmark never
 * praises a fast but wrong run: every input id exactly once (conservation), the balance statement
 * balanced, and the counts per rule and per difference kind that the scenarios imply.
 */
import { readFile } from 'node:fs/promises';
import { JsonReportSchema } from '../../engine/model.ts';
import type { Manifest } from './manifest.ts';
import type { ShapeExtra } from './reshape.ts';

export interface ReportCheck {
  readonly conserved: boolean;
  readonly balanced: boolean;
  /** Count mismatches against the scenarios, e.g. "amount_date: expected 148660, got 148655". */
  readonly countDiffs: string[];
  readonly problems: string[];
}

const UNMATCHED = new Set(['bank_only_credit', 'bank_only_debit', 'ledger_only_credit', 'ledger_only_debit', 'duplicate']);

/** Reads and checks one report file. */
export async function checkReport(reportFile: string, manifest: Manifest, extra?: ShapeExtra): Promise<ReportCheck> {
  const feeLines = extra?.feeLines ?? 0;
  const bankClosing = extra?.bankClosing ?? manifest.bankClosing;
  const report = JsonReportSchema.parse(JSON.parse(await readFile(reportFile, 'utf8')));
  const problems: string[] = [];
  const seen = new Map<string, number>();
  const see = (id: string) => seen.set(id, (seen.get(id) ?? 0) + 1);
  const rules = new Map<string, number>();
  const kinds = new Map<string, number>();
  for (const m of report.matches) {
    rules.set(m.rule, (rules.get(m.rule) ?? 0) + 1);
    for (const id of m.bank) see(id);
    for (const id of m.ledger) see(id);
  }
  for (const d of report.differences) {
    kinds.set(d.kind, (kinds.get(d.kind) ?? 0) + 1);
    if (UNMATCHED.has(d.kind)) for (const id of d.ids) see(id);
  }
  const width = Math.max(7, String(manifest.lines).length);
  for (const prefix of ['B', 'L']) {
    for (let i = 1; i <= manifest.lines + feeLines; i += 1) {
      const id = `${prefix}${String(i).padStart(width, '0')}`;
      const n = seen.get(id) ?? 0;
      if (n !== 1 && problems.length < 5) problems.push(`${id} appears ${n} times`);
      seen.delete(id);
    }
  }
  if (seen.size > 0) problems.push(`${seen.size} ids in the report that are in no file`);
  const conserved = problems.length === 0;
  if (!report.balance.balanced) problems.push(`not balanced: adjusted bank ${report.balance.adjustedBank}, adjusted ledger ${report.balance.adjustedLedger}`);
  if (report.balance.bankClosing !== bankClosing) problems.push(`bank closing ${report.balance.bankClosing}, generated ${bankClosing}`);

  const u = manifest.units;
  const expected: [string, number, number][] = [
    ['reference', u.reference + u.fee, rules.get('reference') ?? 0],
    // Recurring fees are the same on both sides, day by day: each pairs by amount and date.
    ['amount_date', u.amountDate + u.duplicate + feeLines, rules.get('amount_date') ?? 0],
    ['one_to_many', u.batch, rules.get('one_to_many') ?? 0],
    ['many_to_one', u.split, rules.get('many_to_one') ?? 0],
    ['amount_mismatch', u.fee, kinds.get('amount_mismatch') ?? 0],
    ['bank_only_*', u.bankOnly, (kinds.get('bank_only_credit') ?? 0) + (kinds.get('bank_only_debit') ?? 0)],
    ['ledger_only_*', u.inTransit, (kinds.get('ledger_only_credit') ?? 0) + (kinds.get('ledger_only_debit') ?? 0)],
    ['duplicate', u.duplicate, kinds.get('duplicate') ?? 0],
  ];
  const countDiffs = expected.filter(([, want, got]) => want !== got).map(([name, want, got]) => `${name}: expected ${want}, got ${got}`);
  return { conserved, balanced: report.balance.balanced, countDiffs, problems };
}
