/** Column-mapping profiles for other banks' CSV layouts, validated with zod. */
import { describe, expect, it } from 'vitest';
import { CsvProfileSchema } from '../../engine/parse/profile.ts';
import { amounts, failure, read } from './helpers.ts';

const EXPORT = [
  'Kontoauszug;Konto DE12 3456',
  'erstellt am 01.04.2026',
  'Buchungstag;Valuta;Text;Soll;Haben;Saldo;Ref',
  '01.03.2026;02.03.2026;Miete;1.200,00;;8.800,00;M-3',
  '05.03.2026;05.03.2026;Zahlung Kunde;;2.500,50;11.300,50;',
].join('\n');

describe('CSV profiles', () => {
  const profile = CsvProfileSchema.parse({
    delimiter: ';',
    skipRows: 2,
    dateFormat: 'DD.MM.YYYY',
    decimalSeparator: ',',
    currency: 'EUR',
    account: 'DE12 3456',
    columns: { date: 'Buchungstag', valueDate: 'Valuta', debit: 'Soll', credit: 'Haben', balance: 'Saldo', reference: 'Ref', description: 'Text' },
  });

  it('maps the columns, dates, decimal commas and the debit/credit pair', async () => {
    const [s] = await read(EXPORT, { profile, fileName: 'de.csv' });
    expect(s?.account).toBe('DE12 3456');
    expect(s?.currency).toBe('EUR');
    expect(amounts(s)).toEqual(['-1200.00', '2500.50']);
    expect(s?.transactions.map((t) => [t.date, t.valueDate, t.reference, t.description, t.id])).toEqual([
      ['2026-03-01', '2026-03-02', 'M-3', 'Miete', 'L4'],
      ['2026-03-05', '2026-03-05', '', 'Zahlung Kunde', 'L5'],
    ]);
    expect(s?.opening?.toFixed(2)).toBe('10000.00');
    expect(s?.addsUp).toBe(true);
  });

  it('a signed amount column, and debit meaning money in when asked', async () => {
    const signed = CsvProfileSchema.parse({ currency: 'USD', columns: { date: 'When', amount: 'Value', id: 'No' } });
    const [s] = await read('When,Value,No\n2026-03-01,-5.25,7\n', { profile: signed });
    expect(amounts(s)).toEqual(['-5.25']);
    expect(s?.transactions[0]?.id).toBe('7');
    const inverted = CsvProfileSchema.parse({ ...profile, debitMeans: 'in' });
    const [t] = await read(EXPORT, { profile: inverted });
    expect(amounts(t)).toEqual(['1200.00', '-2500.50']);
  });

  it('a profile naming a column the file lacks is an error naming the header line', async () => {
    const wrong = CsvProfileSchema.parse({ ...profile, columns: { ...profile.columns, reference: 'Referenz' } });
    const err = await failure(read(EXPORT, { profile: wrong, fileName: 'de.csv' }));
    expect(err.reasonKey).toBe('PROFILE_COLUMN');
    expect(err.message).toBe('de.csv:3: the profile names column "Referenz", which the header does not have');
  });

  it('the schema refuses an amount together with a debit/credit pair, or neither', () => {
    expect(CsvProfileSchema.safeParse({ columns: { date: 'd', amount: 'a', debit: 'x', credit: 'y' } }).success).toBe(false);
    expect(CsvProfileSchema.safeParse({ columns: { date: 'd' } }).success).toBe(false);
    expect(CsvProfileSchema.safeParse({ columns: { date: 'd', debit: 'x' } }).success).toBe(false);
    expect(CsvProfileSchema.safeParse({ columns: { date: 'd', amount: 'a' }, unknown: 1 }).success).toBe(false);
  });
});

describe('CSV profiles: currency', () => {
  it('a profile currency the engine does not know is refused at the first row', async () => {
    const p = CsvProfileSchema.parse({ currency: 'XYZ', columns: { date: 'd', amount: 'a' } });
    const err = await failure(read('d,a\n2026-03-01,1.00\n', { profile: p, fileName: 'p.csv' }));
    expect(err.reasonKey).toBe('UNKNOWN_CURRENCY');
    expect(err.location).toEqual({ file: 'p.csv', line: 2 });
  });
});
