/**
 * The CSV family: canonical CSV, Chinese bank exports and journals, and layouts described by
 * a profile. The header decides which: a profile's header after its skipped rows; else a first
 * row naming canonical columns; else the first of the top 30 rows that carries Chinese bank
 * header names (title rows above it are read for 账号/币种).
 */
import type { Side, Statement } from '../model.ts';
import { bankExportLayout, normaliseHeader, readPreamble } from './bank-export.ts';
import { CANONICAL_COLUMNS, canonicalReader, looksCanonical, type RowReader } from './canonical.ts';
import { recordAssembler, splitRecord } from './csv-record.ts';
import { flowReader } from './direction.ts';
import { lineError, parseError } from './fail.ts';
import { forEachLine } from './lines.ts';
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

/** Reads one CSV file into its (single) statement. */
export async function readCsv(source: ByteSource, o: CsvOptions): Promise<Statement[]> {
  const { file, profile } = o;
  // Held in an object: the closures below set it, which control-flow narrowing cannot see.
  const state: { reader: RowReader | null } = { reader: null };
  let delimiter: string = profile?.delimiter ?? ',';
  const assembler = recordAssembler(file, () => delimiter, (fields, line) => state.reader?.row(fields, line));
  const preamble: string[] = [];
  let firstLine = 0;
  let physical = 0;

  const findHeader = (text: string, lineNo: number): void => {
    physical++;
    if (profile !== undefined && physical <= profile.skipRows) {
      preamble.push(text);
      return;
    }
    if (text.trim() === '') return;
    if (firstLine === 0) firstLine = lineNo;
    if (profile !== undefined) {
      state.reader = profileReader(file, profile, o.side, splitRecord(text, delimiter) ?? [text], lineNo, preamble);
      return;
    }
    const byComma = splitRecord(text, ',') ?? [text];
    // A header naming canonical columns is canonical, unless it has no `id` and reads as an
    // English bank CSV (Date, Description, Amount, Currency, Balance).
    if (preamble.length === 0 && looksCanonical(byComma) && (hasId(byComma) || bankExportLayout(byComma, o.side) === null)) {
      state.reader = canonicalReader(file, byComma, lineNo);
      return;
    }
    for (const d of DELIMITERS) {
      const layout = bankExportLayout(splitRecord(text, d) ?? [text], o.side);
      if (layout === null) continue;
      delimiter = d;
      const { account, currency } = readPreamble(preamble);
      state.reader = tableReader({
        file,
        map: layout.map,
        dateFormat: layout.dateFormat,
        decimalSeparator: '.',
        currency,
        account,
        flowOf: flowReader(o.side),
      });
      return;
    }
    preamble.push(text);
    if (preamble.length >= HEADER_SEARCH_LINES) throw noHeader(file, firstLine);
  };

  await forEachLine(
    source,
    { file, maxLines: o.maxLines, encoding: profile?.encoding ?? 'auto' },
    (text, lineNo) => {
      const reader = state.reader;
      if (reader === null) findHeader(text, lineNo);
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
  const done = state.reader;
  if (done === null) {
    if (firstLine === 0) throw parseError({ file }, 'EMPTY_FILE');
    throw noHeader(file, firstLine);
  }
  return done.finish();
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
  const names = header.map((h) => normaliseHeader(h).toLowerCase());
  const col = (name: string | undefined): number => {
    if (name === undefined) return -1;
    const i = names.indexOf(normaliseHeader(name).toLowerCase());
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
