/** camt.053 beyond the samples: other XML, several statements, dates with times, bad entries. */
import { describe, expect, it } from 'vitest';
import { amounts, failure, read } from './helpers.ts';

const ntry = (amount: string, ind: string, extra = '', ccy = 'EUR') =>
  `<Ntry><Amt Ccy="${ccy}">${amount}</Amt><CdtDbtInd>${ind}</CdtDbtInd><BookgDt><DtTm>2026-03-01T10:00:00+01:00</DtTm></BookgDt>${extra}</Ntry>`;
const bal = (code: string, amount: string, ind = 'CRDT') =>
  `<Bal><Tp><CdOrPrtry><Cd>${code}</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">${amount}</Amt><CdtDbtInd>${ind}</CdtDbtInd><Dt><Dt>2026-03-01</Dt></Dt></Bal>`;
const doc = (stmts: string, ns = 'camt.053.001.08') =>
  `<?xml version="1.0"?>\n<Document xmlns="urn:iso:std:iso:20022:tech:xsd:${ns}"><BkToCstmrStmt><GrpHdr><MsgId>M</MsgId></GrpHdr>${stmts}</BkToCstmrStmt></Document>`;

describe('camt.053', () => {
  it('reads several statements: Othr/Id accounts, PRCD opening, DBIT balances, DtTm dates, v08 party names', async () => {
    const s1 = `<Stmt><Acct><Id><Othr><Id>ACC-1</Id></Othr></Id></Acct>${bal('PRCD', '10.00', 'DBIT')}${bal('CLBD', '90.00')}${ntry(
      '100.00',
      'CRDT',
      '<AcctSvcrRef>R1</AcctSvcrRef><NtryDtls><TxDtls><Refs><EndToEndId>E2E-1</EndToEndId></Refs><RltdPties><Dbtr><Pty><Nm>Payer GmbH</Nm></Pty></Dbtr></RltdPties><RmtInf><Ustrd>Invoice 7</Ustrd></RmtInf></TxDtls></NtryDtls>',
    )}</Stmt>`;
    const s2 = `<Stmt><Acct><Id><IBAN>DE001</IBAN></Id><Ccy>EUR</Ccy></Acct>${ntry('5.00', 'DBIT')}</Stmt>`;
    const [a, b] = await read(doc(s1 + s2), { fileName: 'c.xml' });
    expect(a?.account).toBe('ACC-1');
    expect(a?.opening?.toFixed(2)).toBe('-10.00');
    expect(a?.addsUp).toBe(true);
    expect(a?.transactions[0]?.date).toBe('2026-03-01');
    expect(a?.transactions[0]?.reference).toBe('E2E-1');
    expect(a?.transactions[0]?.counterparty).toBe('Payer GmbH');
    expect(a?.transactions[0]?.description).toBe('Invoice 7');
    expect(a?.transactions[0]?.id).toBe('R1');
    expect(b?.account).toBe('DE001');
    expect(amounts(b)).toEqual(['-5.00']);
    expect(b?.addsUp).toBeNull(); // no balances stated
    expect(b?.transactions[0]?.id).toBe('E2'); // the file's second entry, derived
  });

  it('refuses XML that is not camt.053, naming the root and namespace', async () => {
    const camt054 = doc('', 'camt.054.001.08');
    const err = await failure(read(camt054, { fileName: 'n.xml' }));
    expect(err.reasonKey).toBe('NOT_CAMT053');
    expect(err.message).toContain('camt.054.001.08');
    const other = await failure(read('<?xml version="1.0"?><Invoice xmlns="urn:x"><Id>1</Id></Invoice>', { fileName: 'i.xml' }));
    expect(other.reasonKey).toBe('NOT_CAMT053');
    expect(other.message).toBe('i.xml:1: XML that is not a camt.053 statement (root Invoice, namespace urn:x)');
  });

  it('refuses the first version, 001.01, by name instead of reading it with the later layout', async () => {
    const err = await failure(read(doc('', 'camt.053.001.01'), { fileName: 'old.xml' }));
    expect(err.reasonKey).toBe('CAMT053_TOO_OLD');
    expect(err.message).toBe('old.xml:1: camt.053 version 001.01 (urn:iso:std:iso:20022:tech:xsd:camt.053.001.01) is not supported; ask the bank for the statement as camt.053.001.02 or later');
  });

  it('refuses malformed XML with its line', async () => {
    const err = await failure(read('<?xml version="1.0"?>\n<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02">\n<BkToCstmrStmt>\n</Document>', { fileName: 'm.xml' }));
    expect(err.reasonKey).toBe('NOT_XML');
    expect(err.location.file).toBe('m.xml');
    expect(err.location.line).toBeGreaterThan(1);
  });

  it('refuses well-formed XML nested absurdly deep with one line naming where, not a crash', async () => {
    const deep = `<?xml version="1.0"?>\n<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02">\n${'<a>\n'.repeat(20_000)}${'</a>'.repeat(20_000)}</Document>`;
    const err = await failure(read(deep, { fileName: 'deep.xml' }));
    expect(err.reasonKey).toBe('NOT_XML');
    expect(err.message).toBe('deep.xml:102: not well-formed XML: elements nested more than 100 levels deep');
  });

  it('names the entry for an entry in another currency, a bad indicator, an impossible date', async () => {
    const stmt = (entries: string) => doc(`<Stmt><Acct><Id><IBAN>X</IBAN></Id><Ccy>EUR</Ccy></Acct>${entries}</Stmt>`);
    const mixed = await failure(read(stmt(ntry('1.00', 'CRDT') + ntry('1.00', 'CRDT', '', 'USD')), { fileName: 'c.xml' }));
    expect(mixed.reasonKey).toBe('MIXED_CURRENCY');
    expect(mixed.location).toEqual({ file: 'c.xml', entry: 'Ntry 2' });
    const ind = await failure(read(stmt(ntry('1.00', 'CREDIT')), { fileName: 'c.xml' }));
    expect(ind.reasonKey).toBe('CAMT_BAD_FIELD');
    const date = await failure(read(stmt('<Ntry><Amt Ccy="EUR">1.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><BookgDt><Dt>2026-02-30</Dt></BookgDt></Ntry>'), { fileName: 'c.xml' }));
    expect(date.reasonKey).toBe('CAMT_BAD_FIELD');
    expect(date.message).toBe('c.xml, entry Ntry 1: unreadable BookgDt "2026-02-30"');
    const amount = await failure(read(stmt(ntry('1e400', 'CRDT')), { fileName: 'c.xml' }));
    expect(amount.reasonKey).toBe('CAMT_BAD_FIELD');
  });

  it('an XML document without statements', async () => {
    const err = await failure(read(doc(''), { fileName: 'e.xml' }));
    expect(err.reasonKey).toBe('CAMT_NO_STATEMENT');
  });
});
