/**
 * ISO 20022 camt.053 (BankToCustomerStatement, namespaces camt.053.001.02 onwards): every
 * `Stmt` with its account (`IBAN` or `Othr/Id`), opening balance (`OPBD`, else `PRCD`),
 * closing balance (`CLBD`) and entries (`Ntry`).
 *
 * Decisions, stated once:
 * - One entry = one transaction, batches included. The entry is what the bank booked and what
 *   the balances add up with; its `TxDtls` (end-to-end ids, remittance text, party names) are
 *   joined into the description and counterparty. A batch of two payments is one line of
 *   3483.00, which the matcher's one_to_many rule pairs with the ledger's two lines.
 * - `CdtDbtInd` gives the direction of the booking: DBIT out, CRDT in. `RvslInd` does not flip
 *   it again: ISO 20022 defines a reversal entry's CdtDbtInd as the reversal's own direction
 *   ("CRDT + reversal: the original entry was a debit"). MT940 differs (RD/RC name the
 *   original direction), which is why it flips there and not here.
 * - Amounts are the entry's `Amt` in the account currency; an instructed amount in another
 *   currency (`AmtDtls/InstdAmt`) is information, not the booked amount.
 * - An entry's date is its `BookgDt`; without one, its `ValDt`; without either, the statement's
 *   date (the closing balance's date, else the end of `FrToDt`, else the statement's `CreDtTm`).
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { Decimal, minorUnits } from '../money.ts';
import type { Statement } from '../model.ts';
import { lineError, parseError } from './fail.ts';
import { readAllText } from './text-lines.ts';
import { settleIds, statement, type DraftTransaction } from './statement.ts';
import type { ByteSource } from './types.ts';
import { isoDate } from './values.ts';
import { asNode, attr, kid, kids, text, textAt, type XmlNode } from './xml-node.ts';

export interface CamtOptions {
  readonly file: string;
  readonly maxLines: number;
}

const ROOT = /^\s*(?:<\?[\s\S]*?\?>\s*|<!--[\s\S]*?-->\s*|<!DOCTYPE[^>]*>\s*)*<(?:([\w.-]+):)?([\w.-]+)([^>]*)>/;
const CAMT053 = /camt\.053\.001\.(\d{2})/;
const AMOUNT = /^\d{1,18}(\.\d{1,5})?$/;

/** Reads every statement of a camt.053 file. */
export async function readCamt053(source: ByteSource, o: CamtOptions): Promise<Statement[]> {
  const { file } = o;
  const xml = await readAllText(source, { file, maxLines: o.maxLines, encoding: 'auto' });
  checkCamt053Document(file, xml);
  const stmts = statementNodes(file, xml);

  let ordinal = 0;
  const read = stmts.map((stmt, s) => {
    const label = (part: string): string => (stmts.length > 1 ? `Stmt ${s + 1} / ${part}` : part);
    const account = textAt(stmt, 'Acct', 'Id', 'IBAN') || textAt(stmt, 'Acct', 'Id', 'Othr', 'Id');
    const balances = kids(stmt, 'Bal').map((bal, b) => ({ code: balanceCode(bal), ...money(file, bal, label(`Bal ${b + 1}`)) }));
    const opening = balances.find((b) => b.code === 'OPBD') ?? balances.find((b) => b.code === 'PRCD');
    const closing = balances.find((b) => b.code === 'CLBD');
    const entries = kids(stmt, 'Ntry');
    let currency = textAt(stmt, 'Acct', 'Ccy') || opening?.currency || closing?.currency || '';
    if (currency === '' && entries[0] !== undefined) currency = attr(kid(entries[0], 'Amt'), 'Ccy');
    for (const b of [opening, closing]) {
      if (b !== undefined && b.currency !== currency) {
        throw parseError({ file, entry: label(b.code) }, 'MIXED_CURRENCY', { found: b.currency, expected: currency });
      }
    }
    const statementDate = closing?.date ?? dateOf(kid(stmt, 'FrToDt'), 'ToDtTm') ?? dateOf(stmt, 'CreDtTm');
    const drafts = entries.map((ntry, n) => entryDraft(file, ntry, label(`Ntry ${n + 1}`), currency, ++ordinal, statementDate));
    return { account, currency, opening, closing, drafts };
  });

  const ids = settleIds(read.flatMap((r) => r.drafts));
  let at = 0;
  return read.map((r) => {
    const transactions = ids.slice(at, at + r.drafts.length);
    at += r.drafts.length;
    return statement({
      account: r.account,
      currency: r.currency,
      opening: r.opening?.amount ?? null,
      closing: r.closing?.amount ?? null,
      openingDate: r.opening?.date ?? null,
      closingDate: r.closing?.date ?? null,
      transactions,
      file,
    });
  });
}

/** Refuses text that is not well-formed XML, or whose root is not a camt.053 Document. */
function checkCamt053Document(file: string, xml: string): void {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw lineError(file, valid.err.line, 'NOT_XML', { detail: valid.err.msg });
  const root = ROOT.exec(xml);
  const prefix = root?.[1];
  const name = root?.[2] ?? '';
  const nsAttr = new RegExp(`xmlns${prefix ? `:${prefix}` : ''}\\s*=\\s*["']([^"']*)["']`).exec(root?.[3] ?? '');
  const ns = nsAttr?.[1] ?? '';
  const version = CAMT053.exec(ns);
  if (name !== 'Document' || !version) throw lineError(file, 1, 'NOT_CAMT053', { root: name || '-', ns: ns || '-' });
  // 001.01 (2006) names balance types and dates differently (Tp/Cd, no CdOrPrtry): read with
  // the later layout it would lose its balances without a word, so it is refused instead.
  if (Number(version[1]) < 2) throw lineError(file, 1, 'CAMT053_TOO_OLD', { ns });
}

/** How deep elements may nest (the XML parser's own limit; a camt.053 statement needs about 12). */
const MAX_DEPTH = 100;

/** The line on which elements first nest deeper than MAX_DEPTH (1 when it cannot be told). */
function lineTooDeep(xml: string): number {
  let depth = 0;
  for (const m of xml.matchAll(/<(\/?)[A-Za-z_][^>]*?(\/?)>/g)) {
    if (m[1] === '/') depth--;
    else if (m[2] !== '/') depth++;
    if (depth > MAX_DEPTH) return xml.slice(0, m.index).split('\n').length;
  }
  return 1;
}

/** The document's Stmt elements (at least one). */
function statementNodes(file: string, xml: string): XmlNode[] {
  const parser = new XMLParser({
    maxNestedTags: MAX_DEPTH,
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    removeNSPrefix: true,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    isArray: (_name, _path, _leaf, isAttribute) => !isAttribute,
  });
  let parsed: unknown;
  try {
    parsed = parser.parse(xml);
  } catch (err) {
    // Well-formed but absurdly deep (a file built to exhaust the parser): one line, not a crash.
    if (err instanceof Error && /nested tags/i.test(err.message)) {
      throw lineError(file, lineTooDeep(xml), 'NOT_XML', { detail: `elements nested more than ${MAX_DEPTH} levels deep` });
    }
    throw err;
  }
  const doc = kid(asNode(parsed), 'Document');
  const stmts = kids(kid(doc, 'BkToCstmrStmt'), 'Stmt');
  if (stmts.length === 0) throw parseError({ file }, 'CAMT_NO_STATEMENT');
  return stmts;
}

function balanceCode(bal: XmlNode): string {
  return textAt(bal, 'Tp', 'CdOrPrtry', 'Cd') || textAt(bal, 'Tp', 'CdOrPrtry', 'Prtry');
}

/** Amt + Ccy + CdtDbtInd (+ date) of a balance or an entry, signed. */
function money(file: string, node: XmlNode, entry: string): { amount: Decimal; currency: string; date: string | null } {
  const amt = kid(node, 'Amt');
  if (amt === undefined) throw parseError({ file, entry }, 'CAMT_NO_AMOUNT');
  const value = text(amt);
  if (!AMOUNT.test(value)) throw parseError({ file, entry }, 'CAMT_BAD_FIELD', { field: 'Amt', value });
  const currency = attr(amt, 'Ccy');
  if (currency === '') throw parseError({ file, entry }, 'CAMT_MISSING', { field: 'Amt/@Ccy' });
  let scale: number;
  try {
    scale = minorUnits(currency);
  } catch {
    throw parseError({ file, entry }, 'UNKNOWN_CURRENCY', { value: currency });
  }
  const amount = new Decimal(value);
  if (amount.decimalPlaces() > scale) throw parseError({ file, entry }, 'AMOUNT_SCALE', { value, currency });
  const ind = textAt(node, 'CdtDbtInd');
  if (ind !== 'CRDT' && ind !== 'DBIT') throw parseError({ file, entry }, 'CAMT_BAD_FIELD', { field: 'CdtDbtInd', value: ind });
  return { amount: ind === 'DBIT' ? amount.negated() : amount, currency, date: dateOf(kid(node, 'Dt')) };
}

/**
 * `<Dt>2021-09-14</Dt>` or `<DtTm>2021-09-14T00:48:38+02:00</DtTm>` below `node` (or the `only`
 * child named), as written.
 */
function dateOf(node: XmlNode | undefined, only?: string): string | null {
  const t = only !== undefined ? textAt(node, only) : textAt(node, 'Dt') || textAt(node, 'DtTm');
  if (t === '') return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(t);
  return m ? isoDate(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

function partyName(party: XmlNode | undefined): string {
  return textAt(party, 'Nm') || textAt(party, 'Pty', 'Nm');
}

function entryDraft(file: string, ntry: XmlNode, entry: string, currency: string, ordinal: number, statementDate: string | null): DraftTransaction {
  const { amount, currency: ccy } = money(file, ntry, entry);
  if (ccy !== currency) throw parseError({ file, entry }, 'MIXED_CURRENCY', { found: ccy, expected: currency });
  const booked = kid(ntry, 'BookgDt');
  const valued = kid(ntry, 'ValDt');
  for (const [field, node] of [['BookgDt', booked], ['ValDt', valued]] as const) {
    if (node !== undefined && dateOf(node) === null) {
      throw parseError({ file, entry }, 'CAMT_BAD_FIELD', { field, value: textAt(node, 'Dt') || textAt(node, 'DtTm') });
    }
  }
  const valueDate = dateOf(valued);
  const date = dateOf(booked) ?? valueDate ?? statementDate;
  if (date === null) throw parseError({ file, entry }, 'CAMT_MISSING', { field: 'BookgDt' });

  const details = kids(kid(ntry, 'NtryDtls'), 'TxDtls');
  const incoming = amount.isPositive();
  const names = new Set<string>();
  const texts: string[] = [];
  for (const tx of details) {
    const parties = kid(tx, 'RltdPties');
    const other = incoming
      ? partyName(kid(parties, 'Dbtr')) || partyName(kid(parties, 'UltmtDbtr'))
      : partyName(kid(parties, 'Cdtr')) || partyName(kid(parties, 'UltmtCdtr'));
    if (other !== '') names.add(other);
    const remittance = kid(tx, 'RmtInf');
    const info =
      kids(remittance, 'Ustrd').map(text).filter((x) => x !== '').join(' ') ||
      textAt(remittance, 'Strd', 'CdtrRefInf', 'Ref') ||
      textAt(tx, 'AddtlTxInf');
    const part = details.length > 1 ? [txAmount(tx), endToEnd(tx), info] : [info];
    const joined = part.filter((x) => x !== '').join(' ');
    if (joined !== '' && !texts.includes(joined)) texts.push(joined);
  }
  const description = texts.length > 0 ? texts.join('; ') : textAt(ntry, 'AddtlNtryInf');
  const bankReference = textAt(ntry, 'AcctSvcrRef');
  return {
    preferredId: bankReference || textAt(ntry, 'NtryRef'),
    derivedId: `E${ordinal}`,
    date,
    valueDate,
    amount,
    currency: ccy,
    reference: entryReference(ntry, details),
    bankReference,
    counterparty: [...names].join('; '),
    description,
    balance: null,
    line: ordinal,
  };
}

function endToEnd(tx: XmlNode): string {
  const e = textAt(tx, 'Refs', 'EndToEndId');
  return e === 'NOTPROVIDED' ? '' : e;
}

function txAmount(tx: XmlNode): string {
  const amt = kid(tx, 'Amt') ?? kid(tx, 'AmtDtls', 'TxAmt', 'Amt');
  return amt === undefined ? '' : `${text(amt)} ${attr(amt, 'Ccy')}`.trim();
}

/**
 * The customer's reference: for a single payment its end-to-end id (else the creditor
 * reference or instruction id); for a batch the batch's payment-information id, which is what
 * the company's own books know the batch by.
 */
function entryReference(ntry: XmlNode, details: readonly XmlNode[]): string {
  const [only] = details;
  if (details.length === 1 && only !== undefined) {
    return (
      endToEnd(only) ||
      textAt(only, 'RmtInf', 'Strd', 'CdtrRefInf', 'Ref') ||
      textAt(only, 'Refs', 'InstrId') ||
      textAt(only, 'Refs', 'PmtInfId')
    );
  }
  const batch = textAt(ntry, 'NtryDtls', 'Btch', 'PmtInfId');
  if (batch !== '') return batch;
  const ids = new Set(details.map((d) => textAt(d, 'Refs', 'PmtInfId')));
  const [common] = [...ids];
  return ids.size === 1 && common !== undefined ? common : '';
}
