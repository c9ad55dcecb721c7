/**
 * A column-mapping profile: how to read one bank's CSV layout that the built-in readers do
 * not know. JSON, validated with zod at the edge (`recon parse --profile FILE`).
 *
 * ```json
 * { "columns": { "date": "Booking date", "debit": "Debit", "credit": "Credit",
 *                "reference": "Ref", "description": "Text" },
 *   "dateFormat": "DD.MM.YYYY", "decimalSeparator": ",", "currency": "EUR", "skipRows": 3 }
 * ```
 * A credit-card export with dates without a year and spending written positive:
 * `{ "columns": { "date": "记账日", "amount": "人民币金额" }, "dateFormat": "MM/DD", "flipSign": true }`.
 */
import { z } from 'zod';

const ColumnName = z.string().trim().min(1);

export const CsvProfileSchema = z
  .object({
    name: z.string().optional(),
    /** Text encoding; `auto` = UTF-8 (BOM or valid bytes) else GBK. */
    encoding: z.enum(['auto', 'utf-8', 'gbk']).default('auto'),
    delimiter: z.enum([',', ';', '\t', '|']).default(','),
    /** Lines above the header row (titles, account lines) to skip. */
    skipRows: z.number().int().min(0).max(1000).default(0),
    /** `MM/DD`: dates without a year, which is taken from `period` or the title (`2024年01月`). */
    dateFormat: z.enum(['auto', 'YYYY-MM-DD', 'YYYY/MM/DD', 'YYYYMMDD', 'DD.MM.YYYY', 'DD/MM/YYYY', 'MM/DD/YYYY', 'MM/DD']).default('auto'),
    /** The statement month (`2024-01`) for dates without a year: a later month is of the year before. */
    period: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a month such as 2024-01').optional(),
    decimalSeparator: z.enum(['.', ',']).default('.'),
    /** Currency of every row when the file has no currency column. */
    currency: z.string().regex(/^[A-Z]{3}$/, 'an ISO code such as CNY').optional(),
    account: z.string().optional(),
    /** What the debit column means; default: money out on a bank statement, money in on a ledger. */
    debitMeans: z.enum(['out', 'in']).optional(),
    /** The signed amount column counts money out as positive (credit-card exports): turn every sign. */
    flipSign: z.boolean().optional(),
    /** Values of the direction column beyond the built-in 借/贷, 收/支, D/C, ...: what means money in, what out. */
    directionValues: z.object({ in: z.array(z.string().trim().min(1)), out: z.array(z.string().trim().min(1)) }).strict().optional(),
    columns: z
      .object({
        date: ColumnName,
        valueDate: ColumnName.optional(),
        id: ColumnName.optional(),
        /** One amount column, signed or unsigned beside `direction`... */
        amount: ColumnName.optional(),
        /** The direction of an unsigned amount (借贷, 收支, D/C). */
        direction: ColumnName.optional(),
        /** ...or a debit/credit pair. */
        debit: ColumnName.optional(),
        credit: ColumnName.optional(),
        reference: ColumnName.optional(),
        counterparty: ColumnName.optional(),
        description: z.union([ColumnName, z.array(ColumnName).min(1)]).optional(),
        balance: ColumnName.optional(),
        currency: ColumnName.optional(),
      })
      .strict()
      .refine((c) => (c.amount !== undefined) !== (c.debit !== undefined && c.credit !== undefined), {
        message: 'give either "amount" or both "debit" and "credit"',
      })
      .refine((c) => (c.debit === undefined) === (c.credit === undefined), {
        message: '"debit" and "credit" go together',
      })
      .refine((c) => c.direction === undefined || c.amount !== undefined, {
        message: '"direction" goes with "amount"',
      }),
  })
  .strict();

export type CsvProfile = z.infer<typeof CsvProfileSchema>;
