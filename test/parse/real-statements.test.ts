/**
 * MT940 and camt.053 files of other projects' test suites (test/fixtures/SOURCES.md): statement and line
 * counts, sums, opening and closing, and three lines compared field by field with the raw file.
 */
import { describe, expect, it } from 'vitest';
import type { Statement, Transaction } from '../../engine/model.ts';
import { read, sample } from './helpers.ts';

const mt940 = (name: string) => read(sample(`mt940/${name}`), { fileName: name });

function sum(s: Statement | undefined): string {
  return (s?.transactions ?? []).reduce((a, t) => a + Math.round(Number(t.amount.toFixed(2)) * 100), 0).toString();
}

function fields(t: Transaction | undefined) {
  return t && { line: t.line, date: t.date, amount: t.amount.toFixed(2), reference: t.reference, counterparty: t.counterparty, description: t.description };
}

const balances = (s: Statement | undefined) => [s?.opening?.toFixed(2), s?.closing?.toFixed(2), s?.addsUp];

describe('MT940 dialects of real banks', () => {
  it('PostFinance: amounts like 0, and 79,7; :62M:/:60M:; NONREF bank reference; :86: cut mid-word at 65 characters', async () => {
    const statements = await mt940('jejik_postfinance.sta');
    expect(statements).toHaveLength(2);
    expect(statements.map((s) => s.transactions.length)).toEqual([2, 2]);
    expect(statements.map(sum)).toEqual(['22920', '-6980']);
    expect(balances(statements[0])).toEqual(['0.00', '229.20', true]);
    expect(balances(statements[1])).toEqual(['229.20', '159.60', false]); // the entries give 159.40
    const [a, b] = statements;
    expect(fields(a?.transactions[0])).toEqual({
      line: 5, date: '2013-12-09', amount: '79.70', reference: '01916', counterparty: '',
      description: '20131209007602198765432000000012 GIRO AUS ONLINE-SIC 80532 AUFTRAGGEBER: JANE DOE EXAMPLESTRASSE 10 1234 XXXX 131209CH98765432 MITTEILUNGEN: RECHNUNG XXXXXXXXXXXX',
    });
    expect(fields(b?.transactions[0])).toEqual({
      line: 19, date: '2013-12-16', amount: '-79.90', reference: '01916', counterparty: '',
      description: '20131216007602112345678000000012 GIRO AUS ONLINE-SIC 80701 AUFTRAGGEBER: XXXXXXXXX XXX XXXXXXXXSTRASSE 111 1234 XXXXXXXXXXXX 131216CH12345678 MITTEILUNGEN: 1 SONNENGLAESER',
    });
    expect(fields(b?.transactions[1])).toEqual({ line: 24, date: '2013-12-18', amount: '10.10', reference: '01651', counterparty: '', description: '20131216816204000100125000000012 EINZAHLUNGSSCHEIN' });
    // NONREF in the bank-reference position is no id: the lines get line ids.
    expect(statements.flatMap((s) => s.transactions.map((t) => [t.id, t.bankReference]))).toEqual([['L5', ''], ['L9', ''], ['L19', ''], ['L24', '']]);
  });

  it('Triodos: :28:, type code N000, >20 sub-fields; does not add up (4259.39 against 4370.79)', async () => {
    const [s, ...rest] = await mt940('jejik_triodos.sta');
    expect(rest).toHaveLength(0);
    expect(s?.account).toBe('TRIODOSBANK/0390123456');
    expect(s?.transactions).toHaveLength(2);
    expect(sum(s)).toBe('-71570');
    expect(balances(s)).toEqual(['4975.09', '4370.79', false]);
    expect(fields(s?.transactions[1])).toEqual({ line: 9, date: '2011-01-25', amount: '-700.00', reference: '', counterparty: '', description: '000>100133967858 >20 HUUR>21 KANTOOR - FEB 2010' });
  });

  it('Rabobank (IBAN): statements without "-", EREF pointing into :86:, NAME cut mid-word at 64 characters', async () => {
    const statements = await mt940('jejik_rabobank-iban.sta');
    expect(statements).toHaveLength(2);
    expect(statements.map(sum)).toEqual(['-3500', '-3500']);
    expect(statements.map(balances)).toEqual([['1000.00', '965.00', true], ['965.00', '930.00', true]]);
    const t = statements.flatMap((s) => s.transactions);
    expect(t).toHaveLength(4);
    expect(fields(t[0])).toEqual({
      line: 6, date: '2013-01-01', amount: '-25.00', reference: '01-01-2013 12:00 0030000987654321', counterparty: 'CONTRA ACCOUNT HOLDER',
      description: 'NL70ABNA0987654321 /EREF/01-01-2013 12:00 0030000987654321/BENM//NAME/CONTRA ACCOUNT HOLDER/REMI//ISDT/2013-07-11',
    });
    expect(fields(t[1])).toEqual({ line: 10, date: '2013-01-02', amount: '-10.00', reference: '', counterparty: 'JOHN DOE', description: 'P001234567 Reference 201301234' });
    expect(fields(t[3])).toEqual({ line: 22, date: '2013-01-09', amount: '-10.00', reference: '', counterparty: 'JOHN DOE', description: 'P001234567 Reference 201301234' });
  });

  it('Rabobank (old): an account number and a name in the reference position are the counterparty; several :86: per entry', async () => {
    const statements = await mt940('jejik_rabobank.sta');
    expect(statements).toHaveLength(4);
    expect(statements.map((s) => s.transactions.length)).toEqual([1, 0, 2, 2]);
    expect(statements.map(sum)).toEqual(['-121328', '0', '-28151', '-9430']);
    expect(statements.map((s) => s.addsUp)).toEqual([false, true, false, true]);
    const t = statements.flatMap((s) => s.transactions);
    expect(fields(t[0])).toEqual({ line: 6, date: '2011-05-27', amount: '-1213.28', reference: '', counterparty: 'W.P. Jansen', description: 'Terugboeking NIET AKKOORD MET AFSCHRIJVING KOSTEN KINDEROPVANG JUNI 20095731' });
    expect(fields(t[2])).toEqual({ line: 26, date: '2011-07-21', amount: '-236.56', reference: '', counterparty: 'TOMTE TUMMETOT AMERSFOORT', description: 'Betaalautomaat 14:23 pasnr. 065' });
    expect(fields(t[3])).toEqual({
      line: 34, date: '2012-08-29', amount: '-88.10', reference: '', counterparty: 'KPN - MOBIEL',
      description: 'BETALINGSKENM.  173787046000009 FACTUUR * 173787046 000009 ZIE REKENING OP KPN.COM OF HI.NL KPN - MOBIEL',
    });
  });

  it('ING: /EREF/, /CNTP/account/bic/name/city/, /REMI/USTD//, /PREF/ end at the next tag; names cut mid-word joined', async () => {
    const [s, ...rest] = await mt940('ginger_ing-single-message.sta');
    expect(rest).toHaveLength(0);
    expect(s?.account).toBe('NL20INGB0001234567EUR');
    expect(s?.transactions).toHaveLength(9);
    expect(sum(s)).toBe('334215'); // debits 627.00, credits 3969.15, as the file's own SUM line says
    expect(balances(s)).toEqual(['1000.00', '4882.15', false]); // the stated closing is 540.00 more than the entries give
    const t = s?.transactions ?? [];
    expect(fields(t[0])).toEqual({ line: 9, date: '2014-01-03', amount: '-15.00', reference: '5200150700013379', counterparty: 'ING Testrekening', description: 'STRD/CUR/5200150700013379' });
    expect(fields(t[2])).toEqual({ line: 16, date: '2014-01-03', amount: '-12.00', reference: 'E2E420140103318', counterparty: 'ING Testrekening', description: 'INGB20140103UstrdRemiInf454655GHF' });
    expect(fields(t[7])).toEqual({ line: 38, date: '2014-01-03', amount: '3889.15', reference: '550143', counterparty: '', description: 'TOTAAL     168 POSTEN' });
    expect(t.map((x) => x.id)).toEqual(['00000000000001', '00000000000002', '00000000000003', '00000000000004', '00000000000005', '00000000000006', '00000000000007', '00000000000008', '00000000000009']);
  });

  it('reconstruction: a space before the type code, an amount without decimals, ING NDV padding, Ctrl-Z between messages', async () => {
    const statements = await mt940('reconstructed_dialects.sta');
    expect(statements).toHaveLength(2);
    expect(statements.map(sum)).toEqual(['48000', '2000']);
    expect(statements.map(balances)).toEqual([['500.00', '980.00', true], ['980.00', '1000.00', true]]);
    const t = statements.flatMap((x) => x.transactions);
    expect(fields(t[0])).toEqual({ line: 6, date: '2024-01-03', amount: '-12.35', reference: 'INV-2024-001', counterparty: 'Bakkerij van den Berg', description: 'Factuur 2024-001 Nederlandse levering januari' });
    expect(fields(t[1])).toEqual({ line: 10, date: '2024-01-04', amount: '500.00', reference: '', counterparty: 'Stichting Voorbeeld', description: 'Donatie' });
    expect(fields(t[2])).toEqual({ line: 12, date: '2024-01-05', amount: '-7.65', reference: '', counterparty: '', description: 'Kosten betalingsverkeer' });
    expect(t[3]?.reference).toBe('0123456789'); // digits alone may be a real reference: kept
  });
});

describe('camt.053 dates', () => {
  it('reconstruction (.08): an entry without BookgDt takes ValDt, without either the statement date (CLBD)', async () => {
    const [s, ...rest] = await read(sample('camt053/reconstructed_camt053-v08-dates.xml'), { fileName: 'v08.xml' });
    expect(rest).toHaveLength(0);
    expect(s?.account).toBe('DE89370400440532013000');
    expect(s?.transactions).toHaveLength(3);
    expect(sum(s)).toBe('20450');
    expect(balances(s)).toEqual(['1000.00', '1204.50', true]);
    const t = s?.transactions ?? [];
    expect(fields(t[0])).toEqual({ line: 1, date: '2026-03-01', amount: '250.00', reference: 'INV-77', counterparty: 'Kunde GmbH', description: 'Rechnung 77' });
    expect(t[0]?.valueDate).toBe('2026-03-02');
    expect(fields(t[1])).toEqual({ line: 2, date: '2026-02-28', amount: '-40.00', reference: '', counterparty: '', description: 'Kontofuehrung Februar' });
    expect(fields(t[2])).toEqual({ line: 3, date: '2026-03-01', amount: '-5.50', reference: '', counterparty: '', description: 'Entgelt Kartenzahlung' });
    expect(t[2]?.valueDate).toBeNull();
  });
});
