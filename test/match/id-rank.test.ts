/** idRanks: each id's place in compareIds order, whatever the ids' shape and order, and repeats refused. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareIds } from '../../engine/lines/id-order.ts';
import { firstRepeat, idRanks } from '../../engine/lines/id-rank.ts';

/** The ranks by the definition: one sort with compareIds. */
function expectedRanks(ids: readonly string[]): number[] {
  const order = ids.map((_, i) => i).sort((a, b) => compareIds(ids[a]!, ids[b]!));
  const ranks = new Array<number>(ids.length);
  order.forEach((i, r) => (ranks[i] = r));
  return ranks;
}

const digits = (min: number, max: number) => fc.stringMatching(new RegExp(`^[0-9]{${min},${max}}$`));
/** Ids of the shapes files have: one prefix and a number (dense or spread, zero-padded or not), or anything. */
const idArb = fc.oneof(
  fc.integer({ min: 0, max: 60 }).map((n) => `B${n}`),
  fc.integer({ min: 0, max: 60 }).map((n) => `B${String(n).padStart(4, '0')}`),
  digits(1, 18).map((d) => `B${d}`),
  digits(1, 20),
  fc.constantFrom('B', 'b1', 'B1x', 'A10', '流水9', ''),
);

describe('idRanks', () => {
  it('gives the compareIds order of distinct ids, and null when an id repeats', () => {
    fc.assert(
      fc.property(fc.array(idArb, { maxLength: 40 }), (ids) => {
        const ranks = idRanks(ids);
        if (new Set(ids).size !== ids.length) {
          expect(ranks).toBeNull();
          expect(ids.indexOf(ids[firstRepeat(ids)]!)).toBeLessThan(firstRepeat(ids));
        } else {
          expect(firstRepeat(ids)).toBe(-1);
          expect(ranks === null ? null : [...ranks]).toEqual(expectedRanks(ids));
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('gives the same order for ids of one shape (the numeric paths: ascending, close together, spread)', () => {
    const shape = fc.oneof(
      fc.array(fc.integer({ min: 0, max: 300 }), { maxLength: 200 }),
      fc.array(fc.integer({ min: 0, max: 2 ** 40 }), { maxLength: 60 }),
    );
    fc.assert(
      fc.property(shape, fc.boolean(), fc.boolean(), (numbers, padded, sorted) => {
        const distinct = [...new Set(numbers)];
        if (sorted) distinct.sort((a, b) => a - b);
        const ids = distinct.map((n) => `L${padded ? String(n).padStart(13, '0') : n}`);
        expect([...idRanks(ids)!]).toEqual(expectedRanks(ids));
      }),
      { numRuns: 1000 },
    );
  });

  it('ranks one-prefix ids the same whether they ascend, lie close together or are spread wide', () => {
    const shuffledIds = ['B0000003', 'B0000001', 'B0000010', 'B0000002'];
    expect([...idRanks(shuffledIds)!]).toEqual([2, 0, 3, 1]);
    const wide = ['T900000000000001', 'T5', 'T400000000000000', 'T6'];
    expect([...idRanks(wide)!]).toEqual(expectedRanks(wide));
    expect([...idRanks(['L1', 'L2', 'L10'])!]).toEqual([0, 1, 2]);
    // Equal numbers written differently: the ids decide (B01 before B1).
    expect([...idRanks(['B1', 'B01', 'B2'])!]).toEqual(expectedRanks(['B1', 'B01', 'B2']));
    expect(idRanks(['B7', 'B3', 'B7'])).toBeNull();
  });
});
