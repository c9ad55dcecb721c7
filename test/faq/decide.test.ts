/** The answer / did-you-mean / decline rule on hand-made scores. */
import { describe, expect, it } from 'vitest';
import { decide } from '../../dialogs/faq/decide.ts';
import type { KbEntry } from '../../dialogs/faq/schema.ts';
import type { Hit } from '../../dialogs/faq/search.ts';

const t = { answer: 0.45, suggest: 0.3, margin: 0.03, lead: 0.1 };
const hit = (id: string, score: number, share?: number): Hit => ({ entry: { id } as KbEntry, score, share });
const ids = (hits: Hit[]) => hits.map((h) => h.entry.id);

describe('decide', () => {
  it('answers a clear best entry', () => {
    const d = decide([hit('a', 0.8), hit('b', 0.5)], t);
    expect(d.kind === 'answer' && d.hit.entry.id).toBe('a');
  });

  it('offers close runners-up as choices (at most three), best first', () => {
    const d = decide([hit('a', 0.8), hit('b', 0.79), hit('c', 0.78), hit('d', 0.775), hit('e', 0.5)], t);
    expect(d.kind).toBe('suggest');
    if (d.kind === 'suggest') expect(ids(d.choices)).toEqual(['a', 'b', 'c']);
  });

  it('a middling best entry becomes choices among those above the suggest threshold', () => {
    const d = decide([hit('a', 0.4), hit('b', 0.31), hit('c', 0.2)], t);
    expect(d.kind === 'suggest' && ids(d.choices)).toEqual(['a', 'b']);
  });

  it('answers a moderate best entry that is clearly ahead, and offers choices when it is not (issue 18)', () => {
    const clear = decide([hit('a', 0.4), hit('b', 0.25)], t);
    expect(clear.kind === 'answer' && clear.hit.entry.id).toBe('a');
    expect(decide([hit('a', 0.4), hit('b', 0.35)], t).kind).toBe('suggest');
  });

  it('answers the best of entries tied on score when the reranker clearly prefers it, and offers choices when it does not', () => {
    const tied = (first: number, second: number) => [hit('a', 0.9, first), hit('b', 0.9, second), hit('c', 0.5, 1 - first - second)];
    const picked = decide(tied(0.7, 0.2), { ...t, pick: 0.4 });
    expect(picked.kind === 'answer' && picked.hit.entry.id).toBe('a');
    expect(picked.kind === 'answer' && picked.picked).toBe(true);
    expect(decide(tied(0.5, 0.4), { ...t, pick: 0.4 }).kind).toBe('suggest');
    // Off (0, or no reranker shares), or a best below the answer threshold: still choices.
    expect(decide(tied(0.7, 0.2), { ...t, pick: 0 }).kind).toBe('suggest');
    expect(decide([hit('a', 0.9), hit('b', 0.9)], { ...t, pick: 0.4 }).kind).toBe('suggest');
    expect(decide([hit('a', 0.4, 0.9), hit('b', 0.4, 0.1)], { ...t, pick: 0.4 }).kind).toBe('suggest');
  });

  it('declines below the suggest threshold or without hits', () => {
    expect(decide([hit('a', 0.29)], t).kind).toBe('unknown');
    expect(decide([], t).kind).toBe('unknown');
  });
});
