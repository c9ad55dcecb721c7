/**
 * The CSV family: canonical CSV, Chinese bank exports and journals, and layouts described by
 * a profile. The header decides which: a profile's header after its skipped rows; else a first
 * row naming canonical columns; else the first of the top 30 rows that carries Chinese bank
 * header names (title rows above it are read for 账号/币种).
 */
import type { Side, Statement } from '../model.ts';
import { bankExportLayout, headerKey, readPreamble } from './bank-export.ts';
import { CANONICAL_COLUMNS, canonicalReader, looksCanonical, type RowReader } from './canonical.ts';
import { recordAssembler, splitRecord } from './csv-record.ts';
import { flowReader } from './direction.ts';
import { lineError, parseError } from './fail.ts';
import { forEachLine } from './text-lines.ts';
import type { CsvProfile } from './profile.ts';
import { tableReader, type ColumnMap } from './table.ts';
import { statementMonth, type StatementMonth } from './title-block.ts';
import type { ByteSource } from './types.ts';

/** How far down a bank export's header row may sit below its title lines. */
const HEADER_SEARCH_LINES = 30;
const DELIMITERS = [',', '\t', ';'] as const;

export interface CsvOptions {
  readonly file: string;
  readonly side: Side;
  readonly maxLines: number;
  readonly profile?: CsvProfile | undefined;
}

/**
 * Looks for the header among a file's first lines (after a profile's skipped rows, past a bank
 * export's preamble) and builds the reader that header calls for.
 */
class HeaderSearch {
  readonly preamble: string[] = [];
  /** The first non-blank line (0: none yet), where a missing header is reported. */
  firstLine = 0;
  /** The delimiter records are split on: the profile's, or the one the header was found with. */
  delimiter: string;
  private physical = 0;

  constructor(private readonly o: CsvOptions) {
    this.delimiter = o.profile?.delimiter ?? ',';
  }

  /** The file's reader when `text` is its header; null when the header is still to come. */
  offer(text: string, lineNo: number): RowReader | null {
    const { file, profile } = this.o;
    const preamble = this.preamble;
    this.physical++;
    if (profile !== undefined && this.physical <= profile.skipRows) {
      preamble.push(text);
      return null;
    }
    if (text.trim() === '') return null;
    if (this.firstLine === 0) this.firstLine = lineNo;
    if (profile !== undefined) return profileReader(file, profile, this.o.side, splitRecord(text, this.delimiter) ?? [text], lineNo, preamble);
    const byComma = splitRecord(text, ',') ?? [text];
    // A header naming canonical columns is canonical, unless it has no `id` and reads as an
    // English bank CSV (Date, Description, Amount, Currency, Balance).
    if (preamble.length === 0 && looksCanonical(byComma) && (hasId(byComma) || bankExportLayout(byComma, this.o.side) === null)) {
      return canonicalReader(file, byComma, lineNo);
    }
    for (const d of DELIMITERS) {
      const layout = bankExportLayout(splitRecord(text, d) ?? [text], this.o.side);
      if (layout === null) continue;
      this.delimiter = d;
      const { account, currency } = readPreamble(preamble);
      return tableReader({
        file,
        map: layout.map,
        dateFormat: layout.dateFormat,
        decimalSeparator: '.',
        currency,
        account,
        flowOf: flowReader(this.o.side),
      });
    }
    preamble.push(text);
    if (preamble.length >= HEADER_SEARCH_LINES) throw noHeader(file, this.firstLine);
    return null;
  }
}

type ReaderState = { reader: RowReader | null };

/** Reads one CSV file into its (single) statement. */
export async function readCsv(source: ByteSource, o: CsvOptions): Promise<Statement[]> {
  const search = new HeaderSearch(o);
  // Held in an object: the closures below set it, which control-flow narrowing cannot see.
  const state: ReaderState = { reader: null };
  try {
    await readLines(source, o, search, state);
  } catch (e) {
    // A reader that left a check to the end of the file reports an earlier line's problem first.
    state.reader?.beforeError?.();
    throw e;
  }
  const done = state.reader;
  if (done === null) {
    if (search.firstLine === 0) throw parseError({ file: o.file }, 'EMPTY_FILE');
    throw noHeader(o.file, search.firstLine);
  }
  return done.finish();
}

/** Hands every line of the file to the header search, then to the reader it found. */
async function readLines(source: ByteSource, o: CsvOptions, search: HeaderSearch, state: ReaderState): Promise<void> {
  const { file, profile } = o;
  const assembler = recordAssembler(file, () => search.delimiter, (fields, line) => state.reader?.row(fields, line));
  await forEachLine(
    source,
    { file, maxLines: o.maxLines, encoding: profile?.encoding ?? 'auto' },
    (text, lineNo) => {
      const reader = state.reader;
      if (reader === null) state.reader = search.offer(text, lineNo);
      // A canonical line without quotes skips the record splitter (the million-line case).
      else if (reader.plainLine === undefined || !assembler.idle() || !reader.plainLine(text, lineNo)) assembler.line(text, lineNo);
    },
    // UTF-8 canonical lines are read from their bytes, not decoded first; any other line is decoded.
    (bytes, from, to, quoted, lineNo, cut) => {
      const reader = state.reader;
      return reader !== null && reader.plainBytes !== undefined && assembler.idle() && reader.plainBytes(bytes, from, to, quoted, lineNo, cut);
    },
  );
  assembler.finish();
}

function hasId(header: readonly string[]): boolean {
  return header.some((h) => h.trim().toLowerCase() === 'id');
}

function noHeader(file: string, line: number) {
  return lineError(file, line, 'NO_HEADER', { expected: CANONICAL_COLUMNS.join(',') });
}

function monthOf(period: string): StatementMonth {
  return { year: Number(period.slice(0, 4)), month: Number(period.slice(5, 7)) };
}

function profileReader(file: string, p: CsvProfile, side: Side, header: readonly string[], headerLine: number, preamble: readonly string[]): RowReader {
  const names = header.map(headerKey);
  const col = (name: string | undefined): number => {
    if (name === undefined) return -1;
    const i = names.indexOf(headerKey(name));
    if (i === -1) throw lineError(file, headerLine, 'PROFILE_COLUMN', { column: name });
    return i;
  };
  const c = p.columns;
  const debitIsIn = (p.debitMeans ?? (side === 'bank' ? 'out' : 'in')) === 'in';
  const debit = col(c.debit);
  const credit = col(c.credit);
  const descriptions = c.description === undefined ? [] : Array.isArray(c.description) ? c.description : [c.description];
  const map: ColumnMap = {
    date: col(c.date),
    valueDate: col(c.valueDate),
    id: col(c.id),
    reference: col(c.reference),
    counterparty: col(c.counterparty),
    description: descriptions.map((d) => col(d)),
    balance: col(c.balance),
    currency: col(c.currency),
    amount: col(c.amount),
    direction: col(c.direction),
    moneyIn: debitIsIn ? debit : credit,
    moneyOut: debitIsIn ? credit : debit,
  };
  const stated = readPreamble(preamble);
  return tableReader({
    file,
    map,
    dateFormat: p.dateFormat,
    decimalSeparator: p.decimalSeparator,
    currency: p.currency ?? stated.currency,
    account: p.account ?? stated.account,
    period: p.period !== undefined ? monthOf(p.period) : statementMonth(preamble),
    flowOf: flowReader(side, p.directionValues),
    flipSign: p.flipSign === true,
  });
}
