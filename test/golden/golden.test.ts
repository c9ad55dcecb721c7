/**
 * The golden dataset: hand-checked reconciliation scenarios in test/golden/cases/*.json. Each file
 * holds the bank and ledger statements, the options, and the expected report keys (or the expected
 * error). Every key present under "expect" must equal the engine's JSON report exactly.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { EngineError } from '../../engine/errors.ts';
import { reconcile } from '../../engine/reconcile.ts';
import { ReconcileOptionsSchema } from '../../engine/model.ts';
import { JsonReportExtSchema, toJsonReport } from '../../engine/report/json.ts';
import { statement, type StatementSpec } from '../match/build.ts';

const dir = join(import.meta.dirname, 'cases');

const LineSchema = z.object({
  id: z.string(),
  date: z.string(),
  amount: z.string(),
  ref: z.string().optional(),
  cp: z.string().optional(),
  valueDate: z.string().optional(),
  balance: z.string().optional(),
  description: z.string().optional(),
});
const StatementSpecSchema = z.object({
  account: z.string().optional(),
  currency: z.string().optional(),
  opening: z.string().nullable().optional(),
  closing: z.string().nullable().optional(),
  openingDate: z.string().optional(),
  closingDate: z.string().optional(),
  file: z.string().optional(),
  lines: z.array(LineSchema),
});
const SideSpec = z.union([StatementSpecSchema, z.array(StatementSpecSchema)]);
const CaseSchema = z.object({
  title: z.string(),
  why: z.string(),
  bank: SideSpec,
  ledger: SideSpec,
  options: z.record(z.string(), z.unknown()).optional(),
  expect: z.record(z.string(), z.unknown()),
});

function statements(spec: z.infer<typeof SideSpec>, file: string) {
  const list: StatementSpec[] = Array.isArray(spec) ? spec : [spec];
  return list.map((s) => statement(s, file));
}

const files = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort();

describe('golden dataset', () => {
  it('has at least 30 hand-checked scenarios', () => {
    expect(files.length).toBeGreaterThanOrEqual(30);
  });

  for (const file of files) {
    const c = CaseSchema.parse(JSON.parse(readFileSync(join(dir, file), 'utf8')));
    it(`${file}: ${c.title}`, () => {
      const bank = statements(c.bank, 'bank.csv');
      const ledger = statements(c.ledger, 'ledger.csv');
      const options = ReconcileOptionsSchema.parse(c.options ?? {});
      const { error, errorMentions, ...keys } = c.expect;
      if (error !== undefined) {
        let thrown: unknown;
        try {
          reconcile(bank, ledger, options);
        } catch (err) {
          thrown = err;
        }
        expect(thrown).toBeInstanceOf(EngineError);
        expect((thrown as EngineError).code).toBe(error);
        for (const word of z.array(z.string()).parse(errorMentions ?? [])) expect((thrown as EngineError).message).toContain(word);
        return;
      }
      const report = JsonReportExtSchema.parse(toJsonReport(reconcile(bank, ledger, options)));
      for (const [key, value] of Object.entries(keys)) {
        expect({ [key]: (report as Record<string, unknown>)[key] }).toEqual({ [key]: value });
      }
      // Conservation on every golden case: each input id exactly once.
      const seen = [...report.matches.flatMap((m) => [...m.bank.map((i) => `b:${i}`), ...m.ledger.map((i) => `l:${i}`)]),
        ...report.differences.filter((d) => d.kind !== 'amount_mismatch').map((d) => `${d.side === 'bank' ? 'b' : 'l'}:${d.ids[0]}`)];
      const inputs = [...bank.flatMap((s) => s.transactions.map((t) => `b:${t.id}`)), ...ledger.flatMap((s) => s.transactions.map((t) => `l:${t.id}`))];
      expect([...seen].sort()).toEqual([...inputs].sort());
    });
  }
});
