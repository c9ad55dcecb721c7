/** Repository for imports (one row per file and side) and the statements a file holds. */
import { z } from 'zod';
import type { Db } from './db.ts';

const ClaimRowSchema = z.object({ id: z.string(), fresh: z.boolean() });

/**
 * The import row of a file (by its sha256) for the account side: a new one, counts zero
 * (`fresh`), or the one an earlier import of the same bytes left.
 */
export async function claimImport(
  db: Db, f: { account: string; side: 'bank' | 'ledger'; fileName: string; sha256: string; actor: string; at: Date },
): Promise<{ id: string; fresh: boolean }> {
  const res = await db.query(
    `INSERT INTO imports (account, side, file_name, sha256, inserted, already_present, imported_by, imported_at)
     VALUES ($1, $2, $3, $4, 0, 0, $5, $6)
     ON CONFLICT (account, side, sha256) DO UPDATE SET file_name = imports.file_name
     RETURNING id::text AS id, (xmax = 0) AS fresh`,
    [f.account, f.side, f.fileName, f.sha256, f.actor, f.at.toISOString()],
  );
  return ClaimRowSchema.parse(res.rows[0]);
}

/** Records what a fresh import added and found present. */
export async function setImportCounts(db: Db, importId: string, inserted: number, alreadyPresent: number): Promise<void> {
  await db.query('UPDATE imports SET inserted = $2, already_present = $3 WHERE id = $1', [importId, inserted, alreadyPresent]);
}

export interface NewStatement {
  readonly importId: string;
  /** The statement's place in its file, from 0. */
  readonly ordinal: number;
  readonly account: string;
  readonly side: 'bank' | 'ledger';
  readonly from: string | null;
  readonly to: string | null;
  /** Fixed-point text at the currency's scale, or null when the file states none. */
  readonly opening: string | null;
  readonly closing: string | null;
  readonly openingDate: string | null;
  readonly closingDate: string | null;
  readonly addsUp: boolean | null;
  readonly lineCount: number;
}

/** Stores a statement's head; a re-import of the same file (same import, same ordinal) adds nothing. */
export async function insertStatement(db: Db, s: NewStatement): Promise<void> {
  await db.query(
    `INSERT INTO statements (import_id, ordinal, account, side, date_from, date_to, opening, closing, opening_date, closing_date, adds_up, line_count)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) ON CONFLICT (import_id, ordinal) DO NOTHING`,
    [s.importId, s.ordinal, s.account, s.side, s.from, s.to, s.opening, s.closing, s.openingDate, s.closingDate, s.addsUp, s.lineCount],
  );
}

/** The id of the side's import of the file with this sha256, or null when it was never imported. */
export async function importIdOf(db: Db, account: string, side: 'bank' | 'ledger', sha256: string): Promise<string | null> {
  const res = await db.query('SELECT id::text AS id FROM imports WHERE account = $1 AND side = $2 AND sha256 = $3', [account, side, sha256]);
  return res.rows[0] ? z.object({ id: z.string() }).parse(res.rows[0]).id : null;
}
