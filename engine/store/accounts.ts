/** Repository functions for accounts; rows are checked with zod on the way out. */
import { z } from 'zod';
import type { Db } from './db.ts';

export const CycleSchema = z.enum(['daily', 'monthly', 'quarterly', 'semiannual', 'annual']);

export const AccountRowSchema = z.object({
  number: z.string(),
  name: z.string(),
  currency: z.string(),
  branch: z.string(),
  customer: z.string(),
  cycle: CycleSchema,
  exempt: z.boolean(),
  exempt_reason: z.string(),
  staff: z.string(),
  date_window_days: z.number().int(),
  amount_tolerance: z.string().nullable(),
  write_off_limit: z.string(),
  segregate_posting: z.boolean(),
  book_opening: z.string().nullable(),
  book_opening_as_of: z.string().nullable(),
  book_opening_set_by: z.string().nullable(),
});
export type AccountRow = z.infer<typeof AccountRowSchema>;

const COLUMNS = `number, name, currency, branch, customer, cycle, exempt, exempt_reason, staff,
  date_window_days, amount_tolerance::text AS amount_tolerance, write_off_limit::text AS write_off_limit, segregate_posting,
  book_opening::text AS book_opening, to_char(book_opening_as_of, 'YYYY-MM-DD') AS book_opening_as_of, book_opening_set_by`;

export async function selectAccount(db: Db, number: string, forUpdate = false): Promise<AccountRow | null> {
  const res = await db.query(`SELECT ${COLUMNS} FROM accounts WHERE number = $1${forUpdate ? ' FOR UPDATE' : ''}`, [number]);
  return res.rows[0] ? AccountRowSchema.parse(res.rows[0]) : null;
}

export async function selectAccounts(db: Db): Promise<AccountRow[]> {
  const res = await db.query(`SELECT ${COLUMNS} FROM accounts ORDER BY number`);
  return res.rows.map((r) => AccountRowSchema.parse(r));
}

/** Inserts; returns false when the number exists already. */
export async function insertAccount(db: Db, a: AccountRow): Promise<boolean> {
  const res = await db.query(
    `INSERT INTO accounts (number, name, currency, branch, customer, cycle, exempt, exempt_reason, staff,
       date_window_days, amount_tolerance, write_off_limit, segregate_posting, book_opening, book_opening_as_of, book_opening_set_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16) ON CONFLICT (number) DO NOTHING`,
    [a.number, a.name, a.currency, a.branch, a.customer, a.cycle, a.exempt, a.exempt_reason, a.staff,
      a.date_window_days, a.amount_tolerance, a.write_off_limit, a.segregate_posting, a.book_opening, a.book_opening_as_of, a.book_opening_set_by],
  );
  return res.rowCount === 1;
}

export async function updateAccount(db: Db, a: AccountRow): Promise<void> {
  await db.query(
    `UPDATE accounts SET name = $2, branch = $3, customer = $4, cycle = $5, exempt = $6, exempt_reason = $7,
       staff = $8, date_window_days = $9, amount_tolerance = $10, write_off_limit = $11, segregate_posting = $12,
       book_opening = $13, book_opening_as_of = $14, book_opening_set_by = $15
     WHERE number = $1`,
    [a.number, a.name, a.branch, a.customer, a.cycle, a.exempt, a.exempt_reason, a.staff,
      a.date_window_days, a.amount_tolerance, a.write_off_limit, a.segregate_posting, a.book_opening, a.book_opening_as_of, a.book_opening_set_by],
  );
}
