/**
 * A statement file sent in chat: what it holds before anybody imports it (which reader, the
 * account it names and the configured accounts that fit, the dates, the lines, whether its
 * balances add up, and which side it reads as), and its import through the same service as
 * `recon import` (all or nothing, idempotent, audited, the sender recorded as the poster).
 */
import type { Side, Statement } from '../model.ts';
import type { Db } from '../store/db.ts';
import { bytesInSlices, parseStatements, sniffFormat } from '../parse/index.ts';
import { minorUnits } from '../money.ts';
import { listAccounts, type Account } from './accounts.ts';
import { decimalFixed } from './minorText.ts';
import { importStatements, sameAccount, zeroAmountLines, type ImportResult } from './import.ts';

/** One statement of the file, in figures (amounts as fixed-point text). */
export interface UploadStatement {
  readonly account: string;
  readonly currency: string;
  readonly from: string | null;
  readonly to: string | null;
  readonly lines: number;
  readonly opening: string | null;
  readonly closing: string | null;
  readonly addsUp: boolean | null;
}

export interface UploadInspection {
  readonly format: 'csv' | 'mt940' | 'camt053';
  /**
   * The side the file is: the one asked for; else a bank statement format (MT940, camt.053) is
   * the bank's; a CSV whose 借方/贷方 columns read differently per side is the side whose
   * balances add up when only one does; null when the file does not say.
   */
  readonly side: Side | null;
  readonly statements: readonly UploadStatement[];
  readonly lines: number;
  readonly from: string | null;
  readonly to: string | null;
  /** The account number the file names ('' when none). */
  readonly fileAccount: string;
  /** Configured accounts the file may be imported into: the one it names, in its currency (all of that currency when it names none). */
  readonly accounts: readonly string[];
  /** Lines (entries for camt.053) whose amount is zero (zeroAmountLines). */
  readonly zeroLines: readonly number[];
}

export type InspectOutcome = { ok: true; inspection: UploadInspection } | { ok: false; error: unknown };

/** Reads in slices, so the server keeps answering other people while a large file is read. */
function read(bytes: Uint8Array, fileName: string, side: Side): Promise<Statement[]> {
  return parseStatements(bytesInSlices(bytes), { fileName, format: 'auto', side });
}

function sameReading(a: readonly Statement[], b: readonly Statement[]): boolean {
  if (a.length !== b.length) return false;
  return a.every((s, i) => {
    const t = b[i]!.transactions;
    return s.transactions.length === t.length && s.transactions.every((x, j) => x.amount.equals(t[j]!.amount));
  });
}

function view(st: Statement): UploadStatement {
  let from = st.openingDate;
  let to = st.closingDate;
  for (const t of st.transactions) {
    if (from === null || t.date < from) from = t.date;
    if (to === null || t.date > to) to = t.date;
  }
  return {
    account: st.account, currency: st.currency, from, to, lines: st.transactions.length,
    opening: st.opening === null ? null : decimalFixed(st.opening, minorUnits(st.currency)),
    closing: st.closing === null ? null : decimalFixed(st.closing, minorUnits(st.currency)),
    addsUp: st.addsUp,
  };
}

/** The side a file reads as when nobody said, and its statements read that way (bank when unknown). */
async function readUnsaid(bytes: Uint8Array, fileName: string, format: UploadInspection['format']): Promise<{ side: Side | null; statements: Statement[] }> {
  const asBank = await read(bytes, fileName, 'bank');
  if (format !== 'csv') return { side: 'bank', statements: asBank };
  const asLedger = await read(bytes, fileName, 'ledger');
  if (sameReading(asBank, asLedger)) return { side: null, statements: asBank };
  const fits = (sts: readonly Statement[]): boolean => sts.every((s) => s.addsUp === true);
  if (fits(asLedger) && !fits(asBank)) return { side: 'ledger', statements: asLedger };
  if (fits(asBank) && !fits(asLedger)) return { side: 'bank', statements: asBank };
  return { side: null, statements: asBank };
}

/**
 * Reads the file with the engine's readers (nothing is stored). A file no reader accepts is
 * `{ ok: false }` with the reader's error (describeError words it: file, line, reason).
 */
export async function inspectUpload(db: Db, file: { bytes: Uint8Array; fileName: string }, side: Side | null): Promise<InspectOutcome> {
  const format = sniffFormat(file.bytes.subarray(0, 16 * 1024), file.fileName);
  let reading: { side: Side | null; statements: Statement[] };
  try {
    reading = side === null ? await readUnsaid(file.bytes, file.fileName, format) : { side, statements: await read(file.bytes, file.fileName, side) };
  } catch (error) {
    return { ok: false, error };
  }
  const statements = reading.statements.map(view);
  const fileAccount = statements.find((s) => s.account !== '')?.account ?? '';
  // An account fits when every statement names it (or none) and is in its currency (or states none).
  const fits = (a: Account): boolean => reading.statements.every((s) => sameAccount(s.account, a) && (s.currency === '' || s.currency === a.currency));
  const accounts = (await listAccounts(db)).filter(fits);
  const froms = statements.map((s) => s.from).filter((d): d is string => d !== null).sort();
  const tos = statements.map((s) => s.to).filter((d): d is string => d !== null).sort();
  return {
    ok: true,
    inspection: {
      format, side: reading.side, statements, lines: statements.reduce((n, s) => n + s.lines, 0),
      from: froms[0] ?? null, to: tos.at(-1) ?? null, fileAccount, accounts: accounts.map((a) => a.number),
      zeroLines: zeroAmountLines(reading.statements),
    },
  };
}

export interface UploadImport {
  readonly bytes: Uint8Array;
  readonly fileName: string;
  readonly sha256: string;
  readonly account: string;
  readonly side: Side;
  /** Who sent the file: the importer and the lines' poster. */
  readonly actor: string;
  readonly at: Date;
}

/** Reads the file as `side` and imports it into `account` (importStatements: all or nothing). */
export async function importUpload(db: Db, req: UploadImport): Promise<ImportResult> {
  const statements = await read(req.bytes, req.fileName, req.side);
  return importStatements(db, { account: req.account, side: req.side, fileName: req.fileName, sha256: req.sha256, statements, actor: req.actor, at: req.at });
}
