/** Use cases on accounts: add, change settings, list, look up. Every change is audited. */
import { z } from 'zod';
import { EngineError } from '../errors.ts';
import { Decimal, isKnownCurrency } from '../money.ts';
import type { Db } from '../store/db.ts';
import { appendAudit } from '../store/audit.ts';
import { CycleSchema, insertAccount, selectAccount, selectAccounts, updateAccount, type AccountRow } from '../store/accounts.ts';
import type { Cycle } from './period.ts';

/** The cycles an account may be reconciled on (daily ... annual), as commands check them. */
export { CycleSchema };

const Dec = z.string().regex(/^\d+(\.\d+)?$/, 'a non-negative decimal such as 100.00');
/** The book's balance may be negative (an overdrawn account). */
const SignedDec = z.string().regex(/^[+-]?\d+(\.\d+)?$/, 'an amount such as 100000.00 or -500.00');
const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date such as 2026-11-01').refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), 'a date such as 2026-11-01');

/** What `recon accounts add` and the setup dialog give. zod-checked at the edge. */
export const AccountInputSchema = z.object({
  number: z.string().trim().min(1).max(64),
  name: z.string().trim().min(1).max(200),
  currency: z.string().refine(isKnownCurrency, 'an ISO currency such as CNY'),
  branch: z.string().max(200).default(''),
  customer: z.string().max(200).default(''),
  cycle: CycleSchema.default('monthly'),
  /** Exemption reason (保证金, 验资, 久悬, 低余额, 纳税专户 ...); empty when not exempt. */
  exemptReason: z.string().max(100).default(''),
  staff: z.string().max(200).default(''),
  dateWindowDays: z.number().int().min(0).max(366).default(3),
  amountTolerance: Dec.nullable().default(null),
  writeOffLimit: Dec.default('0'),
  segregatePosting: z.boolean().default(true),
  /** The book's opening balance at the start of `bookOpeningAsOf` (README: "The book side"); both or neither. */
  bookOpening: SignedDec.nullable().default(null),
  bookOpeningAsOf: IsoDate.nullable().default(null),
}).refine((a) => (a.bookOpening === null) === (a.bookOpeningAsOf === null), { message: 'an opening balance needs its as-of date (and the other way round)', path: ['bookOpeningAsOf'] });
export type AccountInput = z.input<typeof AccountInputSchema>;

export interface Account {
  readonly number: string;
  readonly name: string;
  readonly currency: string;
  readonly branch: string;
  readonly customer: string;
  readonly cycle: Cycle;
  readonly exempt: boolean;
  readonly exemptReason: string;
  readonly staff: string;
  readonly dateWindowDays: number;
  readonly amountTolerance: Decimal | null;
  readonly writeOffLimit: Decimal;
  readonly segregatePosting: boolean;
  /** The book's opening balance a person set, with its as-of date and who set it; null when none. */
  readonly bookOpening: BookOpening | null;
}

export interface BookOpening {
  readonly amount: Decimal;
  readonly asOf: string;
  readonly setBy: string;
}

function toAccount(r: AccountRow): Account {
  return {
    number: r.number, name: r.name, currency: r.currency, branch: r.branch, customer: r.customer, cycle: r.cycle,
    exempt: r.exempt, exemptReason: r.exempt_reason, staff: r.staff, dateWindowDays: r.date_window_days,
    amountTolerance: r.amount_tolerance === null ? null : new Decimal(r.amount_tolerance),
    writeOffLimit: new Decimal(r.write_off_limit), segregatePosting: r.segregate_posting,
    bookOpening: r.book_opening === null || r.book_opening_as_of === null ? null : { amount: new Decimal(r.book_opening), asOf: r.book_opening_as_of, setBy: r.book_opening_set_by ?? '' },
  };
}

/** The row of an account; `setBy` is who set the book opening (kept when the figure did not change). */
function toRow(a: z.output<typeof AccountInputSchema>, setBy: string | null): AccountRow {
  return {
    number: a.number, name: a.name, currency: a.currency, branch: a.branch, customer: a.customer, cycle: a.cycle,
    exempt: a.exemptReason !== '', exempt_reason: a.exemptReason, staff: a.staff, date_window_days: a.dateWindowDays,
    amount_tolerance: a.amountTolerance, write_off_limit: a.writeOffLimit, segregate_posting: a.segregatePosting,
    book_opening: a.bookOpening, book_opening_as_of: a.bookOpeningAsOf, book_opening_set_by: a.bookOpening === null ? null : setBy,
  };
}

function badInput(err: z.ZodError): EngineError {
  const problems = err.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
  return new EngineError('STORE.BAD_INPUT', problems, { problems });
}

/** The account, or STORE.UNKNOWN_ACCOUNT. */
export async function getAccount(db: Db, number: string): Promise<Account> {
  const row = await selectAccount(db, number);
  if (!row) throw new EngineError('STORE.UNKNOWN_ACCOUNT', `unknown account ${number}`, { account: number });
  return toAccount(row);
}

/** Every account, ordered by number. */
export async function listAccounts(db: Db): Promise<Account[]> {
  return (await selectAccounts(db)).map(toAccount);
}

/**
 * Adds an account. `ifExists: 'error'` (the CLI) refuses an existing number with
 * STORE.ACCOUNT_EXISTS; `'keep'` (demo data) leaves it as it is. Returns whether it was added.
 */
export async function addAccount(db: Db, input: AccountInput, actor: string, at: Date, ifExists: 'error' | 'keep' = 'error'): Promise<boolean> {
  const parsed = AccountInputSchema.safeParse(input);
  if (!parsed.success) throw badInput(parsed.error);
  const row = toRow(parsed.data, actor);
  return db.transaction(async (tx) => {
    const added = await insertAccount(tx, row);
    if (!added) {
      if (ifExists === 'keep') return false;
      throw new EngineError('STORE.ACCOUNT_EXISTS', `account ${row.number} exists already`, { account: row.number });
    }
    await appendAudit(tx, { actor, source: 'manual', action: 'account.add', entity: 'account', entityId: row.number, before: null, after: row, at });
    return true;
  });
}

/** Changes settings (cycle, matching options, write-off limit, exemption ...) of an account. */
export async function updateAccountSettings(
  db: Db, number: string, patch: Partial<Omit<AccountInput, 'number' | 'currency'>>, actor: string, at: Date,
): Promise<Account> {
  return db.transaction(async (tx) => {
    const before = await selectAccount(tx, number, true);
    if (!before) throw new EngineError('STORE.UNKNOWN_ACCOUNT', `unknown account ${number}`, { account: number });
    const current = toAccount(before);
    const parsed = AccountInputSchema.safeParse({
      ...current,
      amountTolerance: current.amountTolerance?.toString() ?? null,
      writeOffLimit: current.writeOffLimit.toString(),
      bookOpening: current.bookOpening?.amount.toString() ?? null,
      bookOpeningAsOf: current.bookOpening?.asOf ?? null,
      ...patch,
      number,
      currency: current.currency,
    });
    if (!parsed.success) throw badInput(parsed.error);
    const sameOpening = before.book_opening_as_of === parsed.data.bookOpeningAsOf && (current.bookOpening?.amount.equals(parsed.data.bookOpening ?? 'NaN') ?? parsed.data.bookOpening === null);
    const after = toRow(parsed.data, sameOpening ? before.book_opening_set_by : actor);
    await updateAccount(tx, after);
    await appendAudit(tx, { actor, source: 'manual', action: 'account.update', entity: 'account', entityId: number, before, after, at });
    return toAccount(after);
  });
}
