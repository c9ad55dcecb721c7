/**
 * The reconciliation record as CSV (UTF-8 with BOM, so Excel in a Chinese locale opens it
 * correctly) or XLSX (exceljs: a balance-statement sheet, a matches sheet, a differences sheet, and
 * a sheet of the lines counted in transit when there are any).
 * Headings and names in the user's language; amounts as written in the store, never via float.
 */
import { messages, type Lang } from '../i18n/index.ts';
import type { ReconciliationRecord } from './record.ts';

/** An amount: decimal text as the store wrote it (a plain value in CSV, a text cell in XLSX; never neutralised, never a float). */
class Amount {
  constructor(readonly text: string) {}
}
const amount = (text: string): Amount => new Amount(text);

type Cell = string | number | boolean | Amount;

/** The characters a spreadsheet reads as the start of a formula (OWASP, CSV injection). */
const FORMULA_START = /^(?:[=+@\t\r]|-(?!$))/;

/**
 * A CSV cell. Text a spreadsheet would take for a formula (=HYPERLINK(...), +cmd, -1+1, @SUM; a lone "-" is plain text)
 * is neutralised as OWASP recommends: a single quote in front, and the cell quoted. Amounts stay
 * as they are (-5.00 is a number, not a formula).
 */
function csvCell(v: Cell): string {
  if (v instanceof Amount) return v.text;
  const s = String(v);
  if (FORMULA_START.test(s)) return `"'${s.replace(/"/g, '""')}"`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** An XLSX cell: text stays a string cell (exceljs writes a formula only for a { formula } value). */
const xlsxCell = (v: Cell): string | number | boolean => (v instanceof Amount ? v.text : v);

function tr<T extends Record<string, string>>(table: T, key: string): string {
  return Object.hasOwn(table, key) ? table[key as keyof T]! : key;
}

/** The record's rows, section by section (shared by CSV and XLSX). */
function sections(r: ReconciliationRecord, lang: Lang): { title: string; rows: Cell[][] }[] {
  const t = messages(lang);
  const e = t.store.export;
  return [
    {
      title: e.balanceTitle,
      rows: [
        [e.account, r.account.number], [e.name, r.account.name], [e.currency, r.account.currency], [e.period, r.period],
        [e.run, r.run.id], [e.runAt, r.run.at], [e.runBy, r.run.by],
        [e.bankClosing, amount(r.balance.bankClosing)], [e.ledgerClosing, amount(r.balance.ledgerClosing)],
        [e.adjustedBank, amount(r.balance.adjustedBank)], [e.adjustedLedger, amount(r.balance.adjustedLedger)],
        [e.balanced, r.balance.balanced ? e.yes : e.no],
      ],
    },
    {
      title: e.matches,
      rows: [[e.rule, e.bankLines, e.ledgerLines, e.difference],
        ...r.matches.map((m) => [tr(t.rules, m.rule), m.bank.join(' '), m.ledger.join(' '), amount(m.difference)])],
    },
    {
      title: e.differences,
      rows: [[e.id, e.kind, e.side, e.amount, e.state, e.lines, e.resolution, e.decidedBy, e.foundIn],
        ...r.differences.map((d) => [d.id, tr(t.kinds, d.kind), tr({ ...t.store.sides, both: '-' }, d.side), amount(d.amount), tr(t.store.states, d.state), d.lines.join(' '),
          d.resolution ? `${tr(t.store.resolutionKinds, d.resolution.kind)}: ${d.resolution.reason}` : '', d.resolution?.decidedBy ?? '', d.run])],
    },
    // Only when the balance statement counted such lines: a record without them reads as before.
    ...(r.inTransit.length === 0 ? [] : [{
      title: e.inTransit,
      rows: [[e.line, e.side, e.date, e.amount, e.kind],
        ...r.inTransit.map((l) => [l.line, tr(t.store.sides, l.side), l.date, amount(l.amount), tr(t.kinds, l.kind)])],
    }]),
  ];
}

/** CSV: the sections one after the other, each under its title, with a BOM. */
export function recordCsv(r: ReconciliationRecord, lang: Lang): string {
  const out: string[] = [`${messages(lang).store.export.title}`];
  for (const s of sections(r, lang)) {
    out.push('', csvCell(s.title));
    for (const row of s.rows) out.push(row.map(csvCell).join(','));
  }
  return `\uFEFF${out.join('\r\n')}\r\n`;
}

/** XLSX: one sheet per section. Amount columns hold the decimal text, so nothing passes through a float. */
export async function recordXlsx(r: ReconciliationRecord, lang: Lang): Promise<Buffer> {
  // Loaded on demand: exceljs takes seconds to load and only this export needs it.
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  wb.creator = 'recon';
  // Fixed dates keep the same record byte-for-byte reproducible.
  wb.created = new Date(r.run.at);
  wb.modified = new Date(r.run.at);
  for (const s of sections(r, lang)) {
    const ws = wb.addWorksheet(s.title.slice(0, 31));
    for (const row of s.rows) ws.addRow(row.map(xlsxCell));
    ws.getRow(1).font = { bold: true };
    ws.columns.forEach((c) => { c.width = 22; });
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
