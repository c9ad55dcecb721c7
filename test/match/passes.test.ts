/** Each matching pass on its own, fed Lines built from small statements. */
import { describe, expect, it } from 'vitest';
import { matchAmountDate } from '../../engine/match/amount-date.ts';
import { Claims } from '../../engine/match/claims.ts';
import { findDuplicates } from '../../engine/match/duplicates.ts';
import { matchGroups } from '../../engine/match/groups.ts';
import { TAKEN, type Line } from '../../engine/lines/line.ts';
import { DayCache, toLines } from '../../engine/lines/to-lines.ts';
import { matchByReference } from '../../engine/match/reference.ts';
import { buildRefIndex } from '../../engine/match/ref-index.ts';
import { matchTolerance } from '../../engine/match/tolerance.ts';
import type { DateBasis } from '../../engine/model.ts';
import { lines, type LineSpec } from './build.ts';

function sides(bank: LineSpec[], ledger: LineSpec[], basis: DateBasis = 'booking'): { b: Line[]; l: Line[]; claims: Claims } {
  const days = new DayCache();
  return { b: toLines('bank', lines(bank), 'CNY', basis, days), l: toLines('ledger', lines(ledger), 'CNY', basis, days), claims: new Claims() };
}

const links = (c: Claims): string[] => c.matches.map((k) => `${k.rule}:${k.bank.map((x) => x.id).join('+')}=${k.ledger.map((x) => x.id).join('+')}`).sort();

describe('reference pass', () => {
  it('links a reference unique on both sides whatever the amounts, after NFKC/trim/case folding', () => {
    const { b, l, claims } = sides(
      [{ id: 'B1', date: '2026-03-01', amount: '-1005.00', ref: 'ＴＲＦ－７７' }],
      [{ id: 'L1', date: '2026-03-09', amount: '-1000.00', ref: ' trf-77 ' }],
    );
    matchByReference(buildRefIndex(b, l), claims);
    expect(links(claims)).toEqual(['reference:B1=L1']);
  });

  it('leaves a reference used twice on one side alone', () => {
    const { b, l, claims } = sides(
      [{ id: 'B1', date: '2026-03-01', amount: '-10.00', ref: 'R' }],
      [{ id: 'L1', date: '2026-03-01', amount: '-10.00', ref: 'R' }, { id: 'L2', date: '2026-03-01', amount: '-10.00', ref: 'R' }],
    );
    matchByReference(buildRefIndex(b, l), claims);
    expect(claims.matches).toEqual([]);
  });

  it('ignores empty references', () => {
    const { b, l, claims } = sides([{ id: 'B1', date: '2026-03-01', amount: '1.00', ref: '  ' }], [{ id: 'L1', date: '2026-03-01', amount: '1.00' }]);
    matchByReference(buildRefIndex(b, l), claims);
    expect(claims.matches).toEqual([]);
  });
});

describe('group pass', () => {
  it('links one bank line to several ledger lines of the same reference when the sums agree', () => {
    const { b, l, claims } = sides(
      [{ id: 'B1', date: '2026-03-25', amount: '-300.00', ref: 'P' }],
      [{ id: 'L2', date: '2026-03-25', amount: '-100.00', ref: 'P' }, { id: 'L1', date: '2026-03-25', amount: '-200.00', ref: 'p' }],
    );
    matchGroups(buildRefIndex(b, l), claims);
    expect(links(claims)).toEqual(['one_to_many:B1=L1+L2']);
  });

  it('links several bank lines to one ledger line (many_to_one)', () => {
    const { b, l, claims } = sides(
      [{ id: 'B1', date: '2026-03-01', amount: '30.00', ref: 'S' }, { id: 'B2', date: '2026-03-02', amount: '20.00', ref: 'S' }],
      [{ id: 'L1', date: '2026-03-01', amount: '50.00', ref: 'S' }],
    );
    matchGroups(buildRefIndex(b, l), claims);
    expect(links(claims)).toEqual(['many_to_one:B1+B2=L1']);
  });

  it('does not search subsets: one extra line spoils the group', () => {
    const { b, l, claims } = sides(
      [{ id: 'B1', date: '2026-03-25', amount: '-300.00', ref: 'P' }],
      [
        { id: 'L1', date: '2026-03-25', amount: '-100.00', ref: 'P' },
        { id: 'L2', date: '2026-03-25', amount: '-200.00', ref: 'P' },
        { id: 'L3', date: '2026-03-25', amount: '-5.00', ref: 'P' },
      ],
    );
    matchGroups(buildRefIndex(b, l), claims);
    expect(claims.matches).toEqual([]);
  });

  it('makes no many-to-many link', () => {
    const { b, l, claims } = sides(
      [{ id: 'B1', date: '2026-03-01', amount: '1.00', ref: 'M' }, { id: 'B2', date: '2026-03-01', amount: '1.00', ref: 'M' }],
      [{ id: 'L1', date: '2026-03-01', amount: '1.00', ref: 'M' }, { id: 'L2', date: '2026-03-01', amount: '1.00', ref: 'M' }],
    );
    matchGroups(buildRefIndex(b, l), claims);
    expect(claims.matches).toEqual([]);
  });
});

describe('amount_date pass', () => {
  it('pairs equal amounts within the window and not beyond it', () => {
    const { b, l, claims } = sides(
      [{ id: 'B1', date: '2026-03-01', amount: '5.00' }, { id: 'B2', date: '2026-03-01', amount: '7.00' }],
      [{ id: 'L1', date: '2026-03-04', amount: '5.00' }, { id: 'L2', date: '2026-03-05', amount: '7.00' }],
    );
    expect(matchAmountDate(b, l, 3, claims)).toEqual([]);
    expect(links(claims)).toEqual(['amount_date:B1=L1']);
  });

  it('never pairs different amounts, nor lines already claimed', () => {
    const { b, l, claims } = sides([{ id: 'B1', date: '2026-03-01', amount: '5.00' }], [{ id: 'L1', date: '2026-03-01', amount: '5.01' }]);
    matchAmountDate(b, l, 3, claims);
    expect(claims.matches).toEqual([]);
    const again = sides([{ id: 'B1', date: '2026-03-01', amount: '5.00' }], [{ id: 'L1', date: '2026-03-01', amount: '5.00' }]);
    again.l[0]!.claimed = TAKEN;
    matchAmountDate(again.b, again.l, 3, again.claims);
    expect(again.claims.matches).toEqual([]);
  });

  it('prefers the closest date, then the same counterparty', () => {
    const { b, l, claims } = sides(
      [
        { id: 'B1', date: '2026-03-08', amount: '-9.00', cp: 'X' },
        { id: 'B2', date: '2026-03-09', amount: '-9.00', cp: 'Y' },
        { id: 'B3', date: '2026-03-09', amount: '-9.00', cp: 'X' },
      ],
      [{ id: 'L1', date: '2026-03-10', amount: '-9.00', cp: 'x' }],
    );
    matchAmountDate(b, l, 3, claims);
    expect(links(claims)).toEqual(['amount_date:B3=L1']);
  });

  it('reports a tie it will not break and leaves every line in it unclaimed', () => {
    const { b, l, claims } = sides(
      [{ id: 'B1', date: '2026-03-09', amount: '-9.00' }, { id: 'B2', date: '2026-03-11', amount: '-9.00' }],
      [{ id: 'L1', date: '2026-03-10', amount: '-9.00' }],
    );
    const notes = matchAmountDate(b, l, 3, claims);
    expect(claims.matches).toEqual([]);
    expect(notes.map((n) => ({ bank: n.bank, ledger: n.ledger, days: n.days }))).toEqual([{ bank: ['B1', 'B2'], ledger: ['L1'], days: 1 }]);
    expect([...b, ...l].every((x) => x.ambiguous && !x.claimed)).toBe(true);
  });

  it('takes the lower id among exact repeats (no tie: they are interchangeable)', () => {
    const { b, l, claims } = sides(
      [{ id: 'B10', date: '2026-03-10', amount: '-2.00' }, { id: 'B9', date: '2026-03-10', amount: '-2.00' }],
      [{ id: 'L1', date: '2026-03-10', amount: '-2.00' }],
    );
    expect(matchAmountDate(b, l, 3, claims)).toEqual([]);
    expect(links(claims)).toEqual(['amount_date:B9=L1']);
  });

  it('uses value dates with dateBasis value', () => {
    const spec = { b: [{ id: 'B1', date: '2026-03-01', valueDate: '2026-03-09', amount: '3.00' }], l: [{ id: 'L1', date: '2026-03-09', amount: '3.00' }] };
    const booking = sides(spec.b, spec.l, 'booking');
    matchAmountDate(booking.b, booking.l, 3, booking.claims);
    expect(booking.claims.matches).toEqual([]);
    const value = sides(spec.b, spec.l, 'value');
    matchAmountDate(value.b, value.l, 3, value.claims);
    expect(links(value.claims)).toEqual(['amount_date:B1=L1']);
  });
});

describe('tolerance pass', () => {
  it('links within the tolerance by counterparty inside the window, by reference at any date', () => {
    const { b, l, claims } = sides(
      [
        { id: 'B1', date: '2026-03-01', amount: '-99.60', cp: 'Power Co' },
        { id: 'B2', date: '2026-03-01', amount: '-10.10', ref: 'K' },
      ],
      [
        { id: 'L1', date: '2026-03-03', amount: '-100.00', cp: 'power co' },
        { id: 'L2', date: '2026-03-30', amount: '-10.00', ref: 'K' },
      ],
    );
    matchTolerance(b, l, 50, 3, claims);
    expect(links(claims)).toEqual(['tolerance:B1=L1', 'tolerance:B2=L2']);
  });

  it('refuses beyond the tolerance, outside the window by counterparty, across signs, and ambiguous lines', () => {
    const { b, l, claims } = sides(
      [
        { id: 'B1', date: '2026-03-01', amount: '-99.40', cp: 'P' },
        { id: 'B2', date: '2026-03-01', amount: '-50.00', cp: 'Q' },
        { id: 'B3', date: '2026-03-01', amount: '0.10', cp: 'R' },
        { id: 'B4', date: '2026-03-01', amount: '7.00', cp: 'S' },
      ],
      [
        { id: 'L1', date: '2026-03-01', amount: '-100.00', cp: 'P' },
        { id: 'L2', date: '2026-03-09', amount: '-50.10', cp: 'Q' },
        { id: 'L3', date: '2026-03-01', amount: '-0.10', cp: 'R' },
        { id: 'L4', date: '2026-03-01', amount: '7.10', cp: 'S' },
      ],
    );
    b[3]!.ambiguous = true;
    matchTolerance(b, l, 50, 3, claims);
    expect(claims.matches).toEqual([]);
  });

  it('prefers a shared reference, then the smaller difference', () => {
    const { b, l, claims } = sides(
      [{ id: 'B1', date: '2026-03-01', amount: '-100.00', ref: 'R', cp: 'P' }],
      [
        { id: 'L1', date: '2026-03-01', amount: '-100.01', cp: 'P' },
        { id: 'L2', date: '2026-03-01', amount: '-100.40', ref: 'R' },
        { id: 'L3', date: '2026-03-02', amount: '-100.30', ref: 'R' },
      ],
    );
    matchTolerance(b, l, 50, 3, claims);
    expect(links(claims)).toEqual(['tolerance:B1=L3']);
  });
});

describe('duplicate pass', () => {
  it('flags unmatched repeats of a matched line, and all but the lowest id when none matched', () => {
    const { b } = sides(
      [
        { id: 'B1', date: '2026-03-01', amount: '-5.00', ref: 'F' },
        { id: 'B2', date: '2026-03-01', amount: '-5.00', ref: 'f' },
        { id: 'B3', date: '2026-03-02', amount: '8.00' },
        { id: 'B4', date: '2026-03-02', amount: '8.00' },
        { id: 'B5', date: '2026-03-02', amount: '8.00' },
        { id: 'B6', date: '2026-03-03', amount: '8.00' },
      ],
      [],
    );
    b[0]!.claimed = TAKEN;
    expect(findDuplicates(b).map((x) => x.id)).toEqual(['B2', 'B4', 'B5']);
  });

  it('does not call two different payers of the same sum on the same day duplicates', () => {
    const { b } = sides(
      [
        { id: 'B1', date: '2026-03-01', amount: '100.00', cp: '甲' },
        { id: 'B2', date: '2026-03-01', amount: '100.00', cp: '乙' },
      ],
      [],
    );
    expect(findDuplicates(b)).toEqual([]);
  });
});
