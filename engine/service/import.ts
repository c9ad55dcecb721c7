/**
 * Importing a parsed statement file into the store: all or nothing, in one transaction.
 * Re-importing the same file or an overlapping statement adds nothing and says so; the same
 * bank id with different content is a conflict; a file for another account or currency is refused.
 */
import { EngineError } from '../errors.ts';
import type { Side, Statement, Transaction } from '../model.ts';
import type { Db } from '../store/db.ts';
import { appendAudit } from '../store/audit.ts';
import { claimImport, importIdOf, insertStatement, setImportCounts } from '../store/imports.ts';
import { balanceClashes, type BalanceClash } from '../store/openings.ts';
import { insertLines, lockSide, sideHasLines, storedKeys, type LineRow, type LineScope } from '../store/transactions.ts';
import { getAccount, type Account } from './accounts.ts';
import { Decimal, formatAmountGrouped, minorUnits } from '../money.ts';
import { contentHash, isPositionalId, statementLineKeys, type LineKey } from './line-identity.ts';
import { decimalFixed, minorFixed } from './minorText.ts';
import { fill, messages, type Lang } from '../i18n/index.ts';
import { CanonicalLine } from '../lines/canonical-line.ts';
import { fixedFromMinor } from '../lines/minor-units.ts';

export type { BalanceClash };

/**
 * Where a file has lines of amount zero (file line, or entry ordinal for camt.053), in file order.
 * They are stored like any line and change no balance; with no counterpart a run lists them as
 * differences, so whoever imports is told.
 */
export function zeroAmountLines(statements: readonly Statement[]): number[] {
  return statements.flatMap((s) => s.transactions.filter((t) => t.amount.isZero()).map((t) => t.line));
}

/** Zero-amount lines listed by number in a notice; more are counted. */
const ZERO_LISTED = 5;

/** The notice for zeroAmountLines (non-empty), shown by `recon import` and the chat's upload card. */
export function zeroAmountNotice(lines: readonly number[], entries: boolean, lang: Lang): string {
  const t = messages(lang).store.out;
  const where = fill(t.zeroWhere[entries ? 'entry' : 'line'], { list: lines.slice(0, ZERO_LISTED).join(t.listSep) });
  return fill(t.zeroAmounts, { n: lines.length, where: where + (lines.length > ZERO_LISTED ? t.listMore : '') });
}

/**
 * After an import: the balances its file states that another import of the side states otherwise
 * for the end of the same day (a statement exported twice with different figures, an intraday
 * statement against the day's full one). Empty when the file was never imported or agrees with
 * every earlier file.
 */
export async function balanceConflicts(db: Db, req: { account: string; side: Side; sha256: string }): Promise<BalanceClash[]> {
  const importId = await importIdOf(db, req.account, req.side, req.sha256);
  return importId === null ? [] : balanceClashes(db, req.account, req.side, importId);
}

const CONFLICTS_LISTED = 3;

/** balanceConflicts in words, one sentence per clash (three at most), for `recon import` and the chat; `name` shows a file name. */
export function balanceConflictNotice(
  file: string, side: Side, conflicts: readonly BalanceClash[], currency: string, lang: Lang, name: (fileName: string) => string = (f) => f,
): string[] {
  const t = messages(lang).store.out;
  const money = (x: string): string => formatAmountGrouped(new Decimal(x), currency);
  const out = conflicts.slice(0, CONFLICTS_LISTED).map((c) => fill(t.balanceConflict, {
    file: name(file), date: c.point, amount: money(c.amount), otherFile: name(c.otherFile), other: money(c.other), check: t.balanceCheck[side],
  }));
  if (conflicts.length > CONFLICTS_LISTED) out.push(fill(t.balanceConflictMore, { n: conflicts.length - CONFLICTS_LISTED }));
  return out;
}

/** The contract's answer of `recon import --json`. */
export interface ImportResult {
  readonly file: string;
  readonly side: Side;
  readonly account: string;
  readonly inserted: number;
  readonly alreadyPresent: number;
}

export interface ImportRequest {
  readonly account: string;
  readonly side: Side;
  readonly fileName: string;
  /** sha256 of the file's bytes, hex. */
  readonly sha256: string;
  readonly statements: readonly Statement[];
  /** Channel user id of who imports; also recorded as the lines' poster when `postedBy` is absent. */
  readonly actor: string;
  /** Who posted (booked) the lines, for segregation of duties; absent: the actor; null: unknown (tests only). */
  readonly postedBy?: string | null;
  readonly at: Date;
  /** Called after each chunk with lines done and lines in all (progress bars). */
  readonly onProgress?: (done: number, total: number) => void;
  readonly chunkSize?: number;
}

const digits = (s: string): string => s.replace(/[\s-]/g, '').toUpperCase();

/** MT940 `:25:` is often BANKCODE/ACCOUNT, camt an IBAN or a plain number: compare the tails ('' names any account). */
export function sameAccount(fileAccount: string, account: Account): boolean {
  const f = digits(fileAccount);
  const a = digits(account.number);
  if (f === '' || f === a) return true;
  return f.endsWith(`/${a}`) || (a.length >= 6 && f.endsWith(a));
}

function checkStatementForAccount(st: Statement, account: Account, fileName: string): void {
  if (!sameAccount(st.account, account)) {
    throw new EngineError('STORE.ACCOUNT_MISMATCH', `${fileName}: statement is for account ${st.account}, not ${account.number}`,
      { file: fileName, fileAccount: st.account, account: account.number });
  }
  const bad = st.currency !== '' && st.currency !== account.currency ? { line: null, currency: st.currency } : otherCurrency(st, account.currency);
  if (bad) {
    throw new EngineError('STORE.CURRENCY_MISMATCH', `${fileName}${bad.line ? `:${bad.line}` : ''}: currency ${bad.currency}, account ${account.number} is ${account.currency}`,
      { file: fileName, where: bad.line ? `:${bad.line}` : '', fileCurrency: bad.currency, account: account.number, currency: account.currency });
  }
}

/** The first line not in `currency` (one pass, no object per line: a file has a million). */
function otherCurrency(st: Statement, currency: string): { line: number; currency: string } | undefined {
  for (const t of st.transactions) if (t.currency !== currency) return { line: t.line, currency: t.currency };
  return undefined;
}

/** The amount as written at (at least) the currency's scale: 100 CNY is stored as 100.00. */
function fixed(d: Decimal, currency: string): string {
  return decimalFixed(d, minorUnits(currency));
}

/**
 * A line's row. A canonical CSV line's amount and running balance are written from the minor
 * units it holds (fixedFromMinor is Decimal.toFixed of the amount: the same text), without a
 * Decimal or a bigint per line; any other line's from its Decimals.
 */
function toRow(tx: Transaction, key: { extId: string; contentHash: string }): LineRow {
  let amount: string;
  let balance: string | null;
  if (tx instanceof CanonicalLine) {
    const scale = minorUnits(tx.currency);
    const b = tx.balanceMinor;
    amount = fixedFromMinor(tx.units, scale);
    balance = Number.isNaN(b) ? null : fixedFromMinor(b, scale);
  } else {
    const minor = tx.amountMinor;
    amount = minor !== undefined ? minorFixed(minor, minorUnits(tx.currency)) : fixed(tx.amount, tx.currency);
    balance = tx.balance === null ? null : fixed(tx.balance, tx.currency);
  }
  return {
    extId: key.extId, contentHash: key.contentHash, date: tx.date, valueDate: tx.valueDate, amount,
    currency: tx.currency, reference: tx.reference, bankReference: tx.bankReference, counterparty: tx.counterparty,
    description: tx.description, balance, sourceId: tx.id, line: tx.line,
  };
}

function dateRange(st: Statement): { from: string | null; to: string | null } {
  let from = st.openingDate;
  let to = st.closingDate;
  for (const t of st.transactions) {
    if (from === null || t.date < from) from = t.date;
    if (to === null || t.date > to) to = t.date;
  }
  return { from, to };
}

/** True when the keys strictly ascend (code units), which proves them unique without a Set. */
function ascending(keys: readonly LineKey[]): boolean {
  for (let i = 1; i < keys.length; i++) if (!(keys[i]!.extId > keys[i - 1]!.extId)) return false;
  return true;
}

/** A file's keys, and which of its lines to store (positions into the lines and the keys). */
interface KeyedLines {
  readonly keys: readonly LineKey[];
  readonly at: readonly number[];
}

/** Every line carries the bank's own id and the ids strictly ascend: the keys are those ids, unique. */
function bankIdsAscending(lines: readonly Transaction[]): boolean {
  for (let i = 0; i < lines.length; i++) {
    const tx = lines[i]!;
    if (isPositionalId(tx) || (i > 0 && !(tx.id > lines[i - 1]!.id))) return false;
  }
  return true;
}

/**
 * Keys every line; a key repeated within the file with other content is a conflict, with the
 * same content it is one line (stored once): a bank id listed twice, or a line an overlapping
 * statement of the same file lists again (statementLineKeys). The common file (bank ids ascending) has no repeat
 * to look for. Rows for the store are made only as they are written, so a million-line file
 * does not hold a second million objects.
 */
function keyedLines(req: ImportRequest, lines: readonly Transaction[]): KeyedLines {
  const keys = statementLineKeys(req.statements);
  if (ascending(keys)) return { keys, at: Array.from(keys, (_, i) => i) };
  const first = new Map<string, number>();
  const at: number[] = [];
  keys.forEach((k, i) => {
    const prior = first.get(k.extId);
    if (prior === undefined) {
      first.set(k.extId, i);
      at.push(i);
    } else if (keys[prior]!.contentHash !== k.contentHash) throw conflict(req, lines[i]!);
  });
  return { keys, at };
}

function conflict(req: ImportRequest, tx: Transaction): EngineError {
  return new EngineError('STORE.ID_CONFLICT', `${req.fileName}:${tx.line}: id ${tx.id} is stored already with different content`,
    { file: req.fileName, line: tx.line, id: tx.id });
}

/**
 * The positions (of `keyed.at`) whose keys the side does not hold yet, looked up `chunk` keys at
 * a time; a key stored with other content is a conflict.
 */
async function notStoredYet(tx: Db, req: ImportRequest, scope: LineScope, lines: readonly Transaction[], keyed: KeyedLines, chunk: number): Promise<number[]> {
  const { keys, at } = keyed;
  const kept: number[] = [];
  for (let i = 0; i < at.length; i += chunk) {
    const part = at.slice(i, i + chunk);
    const stored = await storedKeys(tx, scope, part.map((j) => keys[j]!.extId));
    const clash = part.find((j) => stored.has(keys[j]!.extId) && stored.get(keys[j]!.extId) !== keys[j]!.contentHash);
    if (clash !== undefined) throw conflict(req, lines[clash]!);
    for (const j of part) if (!stored.has(keys[j]!.extId)) kept.push(j);
  }
  return kept;
}

/** Stores each statement's head (dates, balances, whether it adds up) in file order. */
async function insertStatements(tx: Db, req: ImportRequest, account: Account, importId: string): Promise<void> {
  let ordinal = 0;
  for (const st of req.statements) {
    const range = dateRange(st);
    await insertStatement(tx, {
      importId, ordinal: ordinal++, account: account.number, side: req.side, from: range.from, to: range.to,
      opening: st.opening === null ? null : fixed(st.opening, account.currency), closing: st.closing === null ? null : fixed(st.closing, account.currency),
      openingDate: st.openingDate, closingDate: st.closingDate, addsUp: st.addsUp, lineCount: st.transactions.length,
    });
  }
}

/** Imports one file's statements into an account; all or nothing. */
export async function importStatements(db: Db, req: ImportRequest): Promise<ImportResult> {
  const account = await getAccount(db, req.account);
  for (const st of req.statements) checkStatementForAccount(st, account, req.fileName);
  const lines = req.statements.flatMap((s) => s.transactions);
  const total = req.statements.reduce((n, s) => n + s.transactions.length, 0);
  const chunk = req.chunkSize ?? 20_000;
  return db.transaction(async (tx) => {
    await lockSide(tx, account.number, req.side);
    const imp = await claimImport(tx, { account: account.number, side: req.side, fileName: req.fileName, sha256: req.sha256, actor: req.actor, at: req.at });
    const importId = imp.id;
    // Nobody named who posted the lines: whoever imports them did (segregation of duties by default).
    const scope = { account: account.number, side: req.side, importId, postedBy: req.postedBy === undefined ? req.actor : req.postedBy };
    const progress = req.onProgress;
    const sideEmpty = !(await sideHasLines(tx, account.number, req.side));
    let inserted: number;
    if (sideEmpty && bankIdsAscending(lines)) {
      // The first import of a side, its lines keyed by ascending bank ids: every line is new and
      // its key is its id, so the content hashes are computed as the rows stream out (the server
      // stores one chunk while the next is hashed) and no key is held for the whole file.
      const rowAt = (i: number): LineRow => {
        const line = lines[i]!;
        return toRow(line, { extId: line.id, contentHash: contentHash(line) });
      };
      inserted = await insertLines(tx, scope, lines.length, rowAt, progress ? (done) => progress(done, total) : undefined, chunk);
    } else {
      // Otherwise every line is keyed first; the lines already stored are found and left out.
      const { keys, at } = keyedLines(req, lines);
      const fresh = sideEmpty ? at : await notStoredYet(tx, req, scope, lines, { keys, at }, chunk);
      const skipped = total - fresh.length;
      const rowAt = (i: number): LineRow => toRow(lines[fresh[i]!]!, keys[fresh[i]!]!);
      inserted = await insertLines(tx, scope, fresh.length, rowAt, progress ? (done) => progress(skipped + done, total) : undefined, chunk);
    }
    if (inserted === 0) progress?.(total, total);
    const result: ImportResult = { file: req.fileName, side: req.side, account: account.number, inserted, alreadyPresent: total - inserted };
    await insertStatements(tx, req, account, importId);
    if (imp.fresh) await setImportCounts(tx, importId, inserted, result.alreadyPresent);
    if (inserted > 0 || imp.fresh) {
      await appendAudit(tx, { actor: req.actor, source: 'import', action: 'import', entity: 'import', entityId: importId, before: null,
        after: { ...result, sha256: req.sha256, statements: req.statements.length }, at: req.at });
    }
    return result;
  });
}
