import { describe, expect, it } from 'vitest';
import { BAYES_FLOOR, TermBayes } from '../../dialogs/faq/bayes.ts';
import { tokenize } from '../../dialogs/faq/tokenize.ts';
import { loadKnowledgeBase } from '../../dialogs/faq/load.ts';
import { FaqSearch } from '../../dialogs/faq/search.ts';

const model = (phrasings: string[][]) => new TermBayes(phrasings.map((texts) => texts.map((t) => tokenize(t))));

describe('the term model (bayes.ts)', () => {
  const bayes = model([
    ['what is a balance adjustment statement', 'how do I fill in the balance adjustment statement', 'balance statement columns'],
    ['my usb key is lost', 'lost the usb key what now', 'usb key stolen'],
    ['who approves a resolution', 'approval of a resolution by the supervisor'],
  ]);

  it('puts first the entry whose phrasings share most of the question', () => {
    const p = bayes.logPosterior(tokenize('I lost my usb key'));
    expect(p.indexOf(Math.max(...p))).toBe(1);
    const q = bayes.logPosterior(tokenize('who has to approve it'));
    expect(q.indexOf(Math.max(...q))).toBe(2);
  });

  it('gives log posteriors: they sum to one, and the same question gives the same figures', () => {
    const p = bayes.logPosterior(tokenize('balance statement'));
    expect([...p].reduce((s, v) => s + Math.exp(v), 0)).toBeCloseTo(1, 9);
    expect([...bayes.logPosterior(tokenize('balance statement'))]).toEqual([...p]);
    expect(Math.min(...p)).toBeGreaterThanOrEqual(BAYES_FLOOR);
  });

  it('is not moved by a word no entry has', () => {
    const plain = bayes.logPosterior(tokenize('usb key lost'));
    const odd = bayes.logPosterior(tokenize('usb key lost zyxwvut'));
    const order = (p: Float64Array) => [...p.keys()].sort((a, b) => p[b]! - p[a]!);
    expect(order(odd)).toEqual(order(plain));
  });

  it('every entry is equally likely for a question without terms', () => {
    const p = bayes.logPosterior({ words: [], grams: [] });
    expect(new Set([...p]).size).toBe(1);
    expect(p[0]).toBeCloseTo(-Math.log(3), 9);
  });

  it("is one of the reranker's signals for every candidate of the real knowledge base", () => {
    const search = new FaqSearch(loadKnowledgeBase());
    const q = 'U盾丢了怎么办';
    const hits = search.search(q, 'customer', 5);
    expect(hits[0]?.entry.id).toBe('lost-usb-key');
    // Each candidate's signals as if it were the best: the lost-key entry is by far the likeliest.
    const bayes = hits.map((_, j) => search.signals(q, [hits[j]!, ...hits.filter((__, k) => k !== j)])!.bayes);
    expect(bayes[0]).toBeGreaterThan(Math.log(0.9));
    expect(Math.max(...bayes.slice(1))).toBeLessThan(Math.log(0.1));
  });
});
