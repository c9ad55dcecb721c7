/** The one-walk reference+group pass links exactly what the two passes link when run one after the other. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Claims } from '../../engine/match/claims.ts';
import { matchGroups } from '../../engine/match/groups.ts';
import { DayCache, toLines } from '../../engine/lines/to-lines.ts';
import { matchByReference, matchReferencesAndGroups } from '../../engine/match/reference.ts';
import { buildRefIndex } from '../../engine/match/ref-index.ts';
import { lines } from './build.ts';

const links = (c: Claims): string[] => c.matches.map((k) => `${k.rule}:${k.bank.map((x) => x.id).join('+')}=${k.ledger.map((x) => x.id).join('+')}:${k.difference.toFixed(2)}`).sort();

const spec = fc.record({ ref: fc.constantFrom('', 'R1', 'r1', 'R2', 'PAY-9', 'X'), cents: fc.constantFrom(100, 200, 300, 500, -100) });

describe('matchReferencesAndGroups', () => {
  it('makes the same matches, claims and differences as matchByReference then matchGroups', () => {
    fc.assert(
      fc.property(fc.array(spec, { maxLength: 9 }), fc.array(spec, { maxLength: 9 }), (bs, ls) => {
        const build = () => {
          const days = new DayCache();
          const mk = (p: string, xs: typeof bs) => xs.map((x, i) => ({ id: `${p}${i + 1}`, date: '2026-03-01', amount: (x.cents / 100).toFixed(2), ref: x.ref }));
          return { b: toLines('bank', lines(mk('B', bs)), 'CNY', 'booking', days), l: toLines('ledger', lines(mk('L', ls)), 'CNY', 'booking', days) };
        };
        const one = build();
        const fused = new Claims();
        matchReferencesAndGroups(buildRefIndex(one.b, one.l), fused);
        const two = build();
        const apart = new Claims();
        const index = buildRefIndex(two.b, two.l);
        matchByReference(index, apart);
        matchGroups(index, apart);
        expect(links(fused)).toEqual(links(apart));
        expect([...one.b, ...one.l].map((x) => x.claimed)).toEqual([...two.b, ...two.l].map((x) => x.claimed));
      }),
      { numRuns: 300 },
    );
  });
});
