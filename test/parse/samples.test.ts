/** Every public sample file in test/fixtures gives exactly what test/fixtures/SOURCES.md says. */
import { describe, expect, it } from 'vitest';
import { amounts, failure, read, sample } from './helpers.ts';

const mt940 = (name: string) => read(sample(`mt940/${name}`), { fileName: name });
const camt = (name: string) => read(sample(`camt053/${name}`), { fileName: name });

describe('MT940 samples', () => {
  it('actual_data.sta: 1 statement, 6 entries, EUR 1500.00 -> 2496.71, adds up', async () => {
    const [s, ...rest] = await mt940('actual_data.sta');
    expect(rest).toHaveLength(0);
    expect(s?.currency).toBe('EUR');
    expect(s?.account).toBe('FR7630006000011234567890189');
    expect(s?.opening?.toFixed(2)).toBe('1500.00');
    expect(s?.closing?.toFixed(2)).toBe('2496.71');
    expect(s?.addsUp).toBe(true);
    expect(amounts(s)).toEqual(['-42.50', '1200.00', '-89.99', '-15.00', '-24.80', '-31.00']);
    expect(s?.transactions.map((t) => t.id)).toEqual(['BANKREF001', 'BANKREF002', 'BANKREF003', 'BANKREF004', 'BANKREF005', 'BANKREF006']);
    expect(s?.transactions.every((t) => t.reference === '')).toBe(true); // NONREF = no reference
  });

  it('actual_data.sta: accented names, the :86: wrapped onto a second line, free text after :61:', async () => {
    const [s] = await mt940('actual_data.sta');
    const t = s?.transactions ?? [];
    expect(t[0]?.counterparty).toBe("Boulangerie L'Étoile");
    expect(t[0]?.description).toBe('Facture 2025-0042');
    expect(t[1]?.description).toBe('Salaire août 2025');
    expect(t[2]?.counterparty).toBe('MÜLLER GMBH');
    expect(t[4]?.description).toBe('A44?Librairie Gibert Joseph Virement en ligne');
    expect(t[5]?.description).toContain('Paiement mobile');
    expect(t[5]?.description).toContain('TREMBLAY, MARIE');
    expect(t[0]?.date).toBe('2025-08-01');
    expect(t[0]?.valueDate).toBe('2025-08-01');
  });

  it('betterplace_sepa_mt9401.sta: 26 statements, 97 entries, every statement adds up', async () => {
    const statements = await mt940('betterplace_sepa_mt9401.sta');
    expect(statements).toHaveLength(26);
    expect(statements.reduce((n, s) => n + s.transactions.length, 0)).toBe(97);
    expect(statements.every((s) => s.addsUp === true)).toBe(true);
    // RC (reversal of a credit, written RCR with funds code R) is money out.
    expect(amounts(statements[0])).toEqual(['300.00', '335.33', '15000.00', '66295.08', '915311.55', '-204.88', '-999946.95']);
    expect(statements[0]?.opening?.toFixed(2)).toBe('-1234718.36');
    const ids = statements.flatMap((s) => s.transactions.map((t) => t.id));
    expect(new Set(ids).size).toBe(97);
  });

  it('cmxl_mt940.sta: DEM, EUR and PLN; D, C, DR, CR marks; funds codes; :86: over several lines', async () => {
    const statements = await mt940('cmxl_mt940.sta');
    expect(statements.map((s) => s.currency)).toEqual(['DEM', 'EUR', 'PLN']);
    expect(statements.every((s) => s.addsUp === true)).toBe(true);
    const [dem, eur, pln] = statements;
    expect(dem?.transactions).toHaveLength(11);
    expect(amounts(dem).slice(0, 3)).toEqual(['-6800.00', '-620.30', '18500.00']);
    expect(amounts(eur)).toEqual(['-800.00', '3000.00']); // DR800, CR3000
    expect(eur?.transactions[1]?.description).toContain('Gehalt Oktober');
    expect(eur?.transactions[1]?.counterparty).toBe('MUELLER');
    expect(eur?.transactions[0]?.date).toBe('2002-11-02'); // entry date 1102 after value date 021101
    expect(eur?.transactions[0]?.valueDate).toBe('2002-11-01');
    // Both entries carry bank reference 55555: not unique, so the ids are derived from the lines.
    expect(eur?.transactions.map((t) => t.bankReference)).toEqual(['55555', '55555']);
    expect(eur?.transactions.map((t) => t.id)).toEqual(['L36', 'L38']);
    expect(amounts(pln)).toEqual(['20000.00', '-10000.00', '40.00']);
    expect(pln?.transactions[1]?.reference).toBe('REF 25611247');
    expect(pln?.transactions[0]?.description).toContain('Card transaction');
  });

  it('jejik_abnamro.sta: 2 statements that do not add up are reported, not refused', async () => {
    const statements = await mt940('jejik_abnamro.sta');
    expect(statements).toHaveLength(2);
    expect(statements.map((s) => s.addsUp)).toEqual([false, false]);
    expect(statements.map((s) => s.closing?.toFixed(2))).toEqual(['876.84', '1849.75']);
  });

  it('jejik_ing.sta: entries net -45.59 against a stated closing of 3.47', async () => {
    const [s] = await mt940('jejik_ing.sta');
    expect(s?.addsUp).toBe(false);
    expect(s?.opening?.toFixed(2)).toBe('0.00');
    expect(s?.closing?.toFixed(2)).toBe('3.47');
    const net = (s?.transactions ?? []).reduce((a, t) => a.plus(t.amount), s?.opening ?? undefined!);
    expect(net.toFixed(2)).toBe('-45.59');
    expect(s?.transactions[2]?.reference).toBe('TMG TANGO');
  });

  it('cmxl_account_balance_debit.sta: a lone :60F: is a fragment, not a statement', async () => {
    const err = await failure(mt940('cmxl_account_balance_debit.sta'));
    expect(err.reasonKey).toBe('MT940_FRAGMENT');
    expect(err.location).toEqual({ file: 'cmxl_account_balance_debit.sta', line: 1 });
    expect(err.message).toBe('cmxl_account_balance_debit.sta:1: :60F: outside any statement (no :20: before it): a fragment, not a statement');
  });

  it('self-provided_invalid_statement.sta: not MT940 at all', async () => {
    const err = await failure(mt940('self-provided_invalid_statement.sta'));
    expect(err.reasonKey).toBe('NOT_MT940');
    expect(err.message).toContain('self-provided_invalid_statement.sta:1: not an MT940 file');
  });
});

describe('camt.053 samples', () => {
  it('txdtls: CHF 75960.15 -> 79443.15, one entry of 3483.00 holding a batch of 2 details, adds up', async () => {
    const [s, ...rest] = await camt('oca_test-camt053-txdtls.xml');
    expect(rest).toHaveLength(0);
    expect(s?.currency).toBe('CHF');
    expect(s?.account).toBe('CH1111000000123456789');
    expect(s?.opening?.toFixed(2)).toBe('75960.15');
    expect(s?.closing?.toFixed(2)).toBe('79443.15');
    expect(s?.addsUp).toBe(true);
    expect(amounts(s)).toEqual(['3483.00']);
    const t = s?.transactions[0];
    expect(t?.id).toBe('20170323001234567891234567891234');
    expect(t?.date).toBe('2017-03-22');
    expect(t?.valueDate).toBe('2017-03-23');
    expect(t?.description).toContain('2187.00 CHF 302388292000011111111111111');
    expect(t?.description).toContain('1296.00 CHF 302388292000022222222222222');
    expect(t?.counterparty).toBe('Banque Cantonale Vaudoise');
  });

  it('multi-currency: CHF account, 579.21 DBIT booked (not the EUR 522.39 instructed), 134.00 CRDT; adds up', async () => {
    const [s] = await camt('oca_test-camt053-multi-currency.xml');
    expect(s?.currency).toBe('CHF');
    expect(amounts(s)).toEqual(['-579.21', '134.00']);
    expect(s?.opening?.toFixed(2)).toBe('350777.85');
    expect(s?.closing?.toFixed(2)).toBe('350332.64'); // CLBD, not the CLAV available balance
    expect(s?.addsUp).toBe(true);
    expect(s?.transactions.map((t) => t.currency)).toEqual(['CHF', 'CHF']);
    expect(s?.transactions[0]?.reference).toBe('SP-98803960-0');
    expect(s?.transactions[0]?.counterparty).toBe('Batelier');
    expect(s?.transactions[0]?.description).toBe('Devis DEV-01387');
    expect(s?.transactions[1]?.counterparty).toBe('EPFL');
  });

  it('oca_test-camt053.xml: 3 entries that do not add up are reported as such', async () => {
    const [s] = await camt('oca_test-camt053.xml');
    expect(s?.transactions).toHaveLength(3);
    expect(s?.addsUp).toBe(false);
    // The reversal entry keeps its booked direction (DBIT): ISO 20022's CdtDbtInd already is the reversal's.
    expect(amounts(s)).toEqual(['-754.25', '-664.05', '1405.31']);
    expect(s?.transactions[1]?.reference).toBe('2018/125-20141229-NORM'); // the batch's PmtInfId
    // No AcctSvcrRef/NtryRef: derived ids, one per entry.
    expect(s?.transactions.map((t) => t.id)).toEqual(['E1', 'E2', 'E3']);
  });

  it('no-ntry: a statement with balances and no entries', async () => {
    const [s] = await camt('oca_test-camt053-no-ntry.xml');
    expect(s?.transactions).toHaveLength(0);
    expect(s?.currency).toBe('CHF');
    expect(s?.opening?.toFixed(2)).toBe('1520.76');
    expect(s?.closing?.toFixed(2)).toBe('1520.76');
    expect(s?.addsUp).toBe(true);
  });

  it('wrong-amount: an entry without an amount is an error naming the entry', async () => {
    const err = await failure(camt('oca_test-camt053-wrong-amount.xml'));
    expect(err.reasonKey).toBe('CAMT_NO_AMOUNT');
    expect(err.location).toEqual({ file: 'oca_test-camt053-wrong-amount.xml', entry: 'Ntry 2' });
    expect(err.message).toBe('oca_test-camt053-wrong-amount.xml, entry Ntry 2: entry has no amount (Amt)');
  });
});
