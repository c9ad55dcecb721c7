/**
 * SWIFT MT940 customer statements: several statements per file, each `:20:` reference,
 * `:25:` account, `:28C:` number, `:60F:/:60M:` opening, `:61:` entries (each optionally
 * followed by `:86:` text), `:62F:/:62M:` closing, ended by `-`. SWIFT block wrappers
 * (`{1:...}{2:...}{4:` ... `-}`) and bank title lines between statements are tolerated.
 *
 * Signs: D/DR out, C/CR in; RD (reversal of a debit) in, RC (reversal of a credit) out.
 * (`DR`/`CR` are D/C followed by the funds-code letter R, which is how they are parsed.)
 *
 * Dialects read: a space before the transaction type code (`D12,35 NRTI`), an amount without a
 * decimal comma (`C500NTRF`), type codes padded with a space (ING `NDV NONREF`), Ctrl-Z and
 * other control characters between messages, several `:86:` fields for one entry (Rabobank).
 * The customer reference `NONREF` is no reference; `EREF`/`PREF` point to the `:86:` field's
 * `/EREF/`/`/PREF/`; an account number followed by a name in that position (Rabobank's old
 * layout, `0121470966      W.P. Jansen`) is the counterparty, not a reference. An entry without
 * a reference of its own takes the `/EREF/` end-to-end id when `:86:` has one.
 */
import { Decimal, minorUnits } from '../money.ts';
import type { Statement } from '../model.ts';
import { checkScale } from './canonical.ts';
import { lineError } from './fail.ts';
import { forEachLine } from './text-lines.ts';
import { entryText, type EntryText } from './mt940-details.ts';
import { settleIds, statement, type DraftTransaction } from './statement.ts';
import { isoDate } from './values.ts';
import type { ByteSource } from './types.ts';

export interface Mt940Options {
  readonly file: string;
  readonly maxLines: number;
}

const TAG = /^:(\d{2}[A-Z]?):(.*)$/;
const BLOCKS = /^(?:\{[0-9A-Z]:(?:[^{}]|\{[^{}]*\})*\})*(?:\{4:)?/;
const BALANCE = /^([CD])(\d{6})([A-Z]{3})(\d{1,15}(?:,\d*)?)$/;
const ENTRY = /^(\d{6})(\d{4})?(RD|RC|D|C)([A-Z])?(\d{1,15}(?:,\d*)?) ?([A-Z][A-Z0-9]{3}|[A-Z][A-Z0-9]{2} )(.*)$/;
/** An account number and a name where the customer reference belongs (Rabobank's old layout). */
const ACCOUNT_AND_NAME = /^(?:NONREF|P?\d{7,18})\s{2,}(\S.*)$/;
/** Lines of text before the first `:20:` after which a file is clearly not MT940. */
const GIVE_UP_AFTER = 200;

interface Field {
  tag: string;
  line: number;
  lines: string[];
}

interface Entry {
  line: number;
  first: string;
  supplementary: string[];
  /** The lines of each `:86:` field that follows the entry (most banks write one). */
  info: string[][];
}

interface Open {
  ref: string;
  line: number;
  account: string;
  currency: string | null;
  opening: Decimal | null;
  openingDate: string | null;
  closing: Decimal | null;
  closingDate: string | null;
  entries: Entry[];
}

/** Reads every statement of an MT940 file. */
export async function readMt940(source: ByteSource, o: Mt940Options): Promise<Statement[]> {
  const { file } = o;
  const reader = new Mt940Reader(file);
  await forEachLine(source, { file, maxLines: o.maxLines, encoding: 'auto' }, (raw, lineNo) => reader.line(raw, lineNo));
  return reader.finish();
}

/** The state of reading one MT940 file line by line: the statement open, its field being read. */
class Mt940Reader {
  private readonly done: { open: Open; drafts: DraftTransaction[] }[] = [];
  private open: Open | null = null;
  private field: Field | null = null;
  private lastEntry: Entry | null = null;
  private textLines = 0;

  constructor(private readonly file: string) {}

  line(raw: string, lineNo: number): void {
    let text = withoutControls(raw);
    if (text.charCodeAt(0) === 123 /* { */) text = text.replace(BLOCKS, '');
    if (text.trim() === '') return;
    if (text.charCodeAt(0) === 45 /* - */ && /^-(\}|XXX|\s*$)/.test(text)) {
      this.flush();
      this.finishStatement();
      return;
    }
    const m = TAG.exec(text);
    if (m !== null) {
      this.flush();
      this.field = { tag: m[1] ?? '', line: lineNo, lines: [m[2] ?? ''] };
      return;
    }
    if (this.field !== null) {
      this.field.lines.push(text);
      return;
    }
    // Title lines outside statements (bank codes, "940") are tolerated, but not forever.
    if (this.done.length === 0 && this.open === null && ++this.textLines > GIVE_UP_AFTER) throw lineError(this.file, 1, 'NOT_MT940');
  }

  /** The file's statements, once every line was read. */
  finish(): Statement[] {
    const file = this.file;
    this.flush();
    this.finishStatement();
    if (this.done.length === 0) throw lineError(file, 1, 'NOT_MT940');
    const ids = settleIds(this.done.flatMap((d) => d.drafts));
    let at = 0;
    return this.done.map(({ open: s, drafts }) => {
      const transactions = ids.slice(at, at + drafts.length);
      at += drafts.length;
      return statement({
        account: s.account,
        currency: s.currency ?? '',
        opening: s.opening,
        closing: s.closing,
        openingDate: s.openingDate,
        closingDate: s.closingDate,
        transactions,
        file,
      });
    });
  }

  private finishStatement(): void {
    const open = this.open;
    if (open === null) return;
    if (open.closing === null) throw lineError(this.file, open.line, 'MT940_NO_CLOSING', { ref: open.ref });
    this.done.push({ open, drafts: open.entries.map((e) => entryDraft(this.file, e, open.currency ?? '')) });
    this.open = null;
    this.lastEntry = null;
  }

  /** Applies the field read so far (a field ends where the next tag or the statement starts). */
  private flush(): void {
    const f = this.field;
    if (f === null) return;
    this.field = null;
    const value = (f.lines[0] ?? '').trim();
    if (f.tag === '20') {
      this.finishStatement();
      this.open = {
        ref: value, line: f.line, account: '', currency: null,
        opening: null, openingDate: null, closing: null, closingDate: null, entries: [],
      };
      return;
    }
    const s = this.open;
    if (s === null) throw lineError(this.file, f.line, 'MT940_FRAGMENT', { tag: `:${f.tag}:` });
    this.apply(s, f, value);
  }

  private apply(s: Open, f: Field, value: string): void {
    const file = this.file;
    switch (f.tag) {
      case '25':
        s.account = f.lines.map((l) => l.trim()).join('');
        return;
      case '60F':
      case '60M': {
        const b = balance(file, f, value);
        s.opening = b.amount;
        s.openingDate = b.date;
        s.currency = b.currency;
        return;
      }
      case '61': {
        if (s.opening === null) throw lineError(file, f.line, 'MT940_NO_OPENING', { ref: s.ref, tag: ':61:' });
        if (s.closing !== null) throw lineError(file, f.line, 'MT940_AFTER_CLOSING', { tag: ':61:' });
        const e: Entry = { line: f.line, first: value, supplementary: f.lines.slice(1), info: [] };
        s.entries.push(e);
        this.lastEntry = e;
        return;
      }
      case '86': {
        // Text right after an entry belongs to it; after the closing balance it describes the statement.
        const last = this.lastEntry;
        if (last !== null && s.closing === null) last.info.push(f.lines);
        return;
      }
      case '62F':
      case '62M': {
        if (s.opening === null) throw lineError(file, f.line, 'MT940_NO_OPENING', { ref: s.ref, tag: `:${f.tag}:` });
        const b = balance(file, f, value);
        if (b.currency !== s.currency) throw lineError(file, f.line, 'MIXED_CURRENCY', { found: b.currency, expected: s.currency ?? '' });
        s.closing = b.amount;
        s.closingDate = b.date;
        return;
      }
      default:
        return; // :28C:, :64:, :65:, :21:, ... carry nothing the reconciliation uses
    }
  }
}

/** Control characters other than tab (Ctrl-Z end-of-file marks, padding) that some banks leave between messages. */
function isControl(c: number): boolean {
  return (c < 32 && c !== 9) || c === 127;
}

function withoutControls(line: string): string {
  let i = 0;
  while (i < line.length && !isControl(line.charCodeAt(i))) i++;
  if (i === line.length) return line;
  let out = line.slice(0, i);
  for (; i < line.length; i++) if (!isControl(line.charCodeAt(i))) out += line.charAt(i);
  return out;
}

function swiftDate(yymmdd: string): string | null {
  const yy = Number(yymmdd.slice(0, 2));
  return isoDate(yy < 80 ? 2000 + yy : 1900 + yy, Number(yymmdd.slice(2, 4)), Number(yymmdd.slice(4, 6)));
}

function swiftAmount(text: string): Decimal {
  return new Decimal(text.replace(',', '.'));
}

function balance(file: string, f: Field, value: string): { amount: Decimal; date: string; currency: string } {
  const m = BALANCE.exec(value);
  const date = m ? swiftDate(m[2] ?? '') : null;
  if (m === null || date === null) throw lineError(file, f.line, 'MT940_BAD_FIELD', { tag: `:${f.tag}:`, value });
  const currency = m[3] ?? '';
  let scale: number;
  try {
    scale = minorUnits(currency);
  } catch {
    throw lineError(file, f.line, 'UNKNOWN_CURRENCY', { value: currency });
  }
  const amount = swiftAmount(m[4] ?? '');
  checkScale((m[4] ?? '').replace(',', '.'), amount, scale, file, f.line, currency);
  return { amount: m[1] === 'D' ? amount.negated() : amount, date, currency };
}

function entryDraft(file: string, e: Entry, currency: string): DraftTransaction {
  const m = ENTRY.exec(e.first);
  if (m === null) throw lineError(file, e.line, 'MT940_BAD_FIELD', { tag: ':61:', value: e.first });
  const valueDate = swiftDate(m[1] ?? '');
  if (valueDate === null) throw lineError(file, e.line, 'BAD_DATE', { value: m[1] ?? '' });
  const date = m[2] === undefined ? valueDate : entryDate(file, e.line, m[2], valueDate);
  const mark = m[3] ?? '';
  const raw = swiftAmount(m[5] ?? '');
  checkScale((m[5] ?? '').replace(',', '.'), raw, minorUnits(currency), file, e.line, currency);
  const amount = mark === 'D' || mark === 'RC' ? raw.negated() : raw;
  const rest = m[7] ?? '';
  const slash = rest.indexOf('//');
  const customerRef = (slash === -1 ? rest : rest.slice(0, slash)).trim();
  const bankRef = slash === -1 ? '' : rest.slice(slash + 2).trim();
  const bankReference = bankRef === 'NONREF' ? '' : bankRef;
  // ING's supplementary /TRCD/00108/ is a transaction code, not text.
  const supplementary = e.supplementary.map((l) => l.trim()).filter((l) => l !== '' && !/^\/TRCD\/[^/]*\/$/.test(l)).join(' ');
  const text = infoText(e.info);
  const description =
    supplementary === '' || text.description.includes(supplementary)
      ? text.description
      : [supplementary, text.description].filter((x) => x !== '').join(' ');
  const accountAndName = ACCOUNT_AND_NAME.exec(customerRef);
  return {
    preferredId: bankReference,
    derivedId: `L${e.line}`,
    date,
    valueDate,
    amount,
    currency,
    reference: entryReference(customerRef, accountAndName !== null, text),
    bankReference,
    counterparty: text.counterparty || (accountAndName?.[1]?.trim() ?? ''),
    description,
    balance: null,
    line: e.line,
  };
}

/** The booking date `MMDD` of an entry, in the year that puts it nearest its value date. */
function entryDate(file: string, line: number, mmdd: string, valueDate: string): string {
  const month = Number(mmdd.slice(0, 2));
  const valueMonth = Number(valueDate.slice(5, 7));
  let year = Number(valueDate.slice(0, 4));
  if (month - valueMonth > 6) year--;
  else if (valueMonth - month > 6) year++;
  const date = isoDate(year, month, Number(mmdd.slice(2, 4)));
  if (date === null) throw lineError(file, line, 'BAD_DATE', { value: mmdd });
  return date;
}

/** The text of an entry's `:86:` fields together: the first counterparty and reference named, every description. */
function infoText(info: readonly string[][]): EntryText {
  const texts = info.map(entryText);
  return {
    counterparty: texts.find((t) => t.counterparty !== '')?.counterparty ?? '',
    description: texts.map((t) => t.description).filter((x) => x !== '').join(' '),
    endToEnd: texts.find((t) => t.endToEnd !== '')?.endToEnd ?? '',
    batch: texts.find((t) => t.batch !== '')?.batch ?? '',
  };
}

/**
 * The entry's reference: the customer reference, or, where it names none (empty, NONREF, an
 * account and a name, EREF), the payer's end-to-end id from `:86:`; PREF points to the batch.
 */
function entryReference(customerRef: string, isAccountAndName: boolean, text: EntryText): string {
  if (isAccountAndName || customerRef === 'NONREF' || customerRef === 'EREF' || customerRef === '') return text.endToEnd;
  if (customerRef === 'PREF') return text.batch;
  return customerRef;
}
