/**
 * The FAQ search: one BM25F index per knowledge-base language, each with a word channel and a
 * character-gram channel. A question with Chinese characters is searched in the Chinese index,
 * otherwise in the English one; entries are aligned by id, so the answer can be given in either
 * language. Results are sorted by score, then id, so equal questions give equal answers.
 */
import { Bm25Index, DEFAULT_BM25, type Bm25Doc, type Bm25Params, type FieldSpec } from './bm25.ts';
import { hasChinese } from './fold.ts';
import type { KnowledgeBase } from './load.ts';
import { visibleTo, type Asker, type KbEntry } from './schema.ts';
import { tokenize, type Terms } from './tokenize.ts';

export interface SearchTuning {
  readonly fields: readonly FieldSpec[];
  readonly bm25: Bm25Params;
  /** Weight of the word channel against the gram (typo fallback) channel. */
  readonly wordWeight: number;
  readonly gramWeight: number;
}

export const DEFAULT_TUNING: SearchTuning = {
  fields: [
    { name: 'title', weight: 3, b: 0.5 },
    { name: 'alternatives', weight: 2, b: 0.5 },
    { name: 'answer', weight: 1, b: 0.75 },
  ],
  bm25: DEFAULT_BM25,
  wordWeight: 0.7,
  gramWeight: 0.3,
};

export interface Hit {
  readonly entry: KbEntry;
  /** 0..1: the idf-weighted share of the question the entry covers. */
  readonly score: number;
}

interface LangIndex {
  words: Bm25Index;
  grams: Bm25Index;
}

function buildLang(entries: readonly KbEntry[], lang: 'zh' | 'en', tuning: SearchTuning): LangIndex {
  const wordDocs: Bm25Doc[] = [];
  const gramDocs: Bm25Doc[] = [];
  for (const e of entries) {
    const v = e[lang];
    const title = tokenize(v.title);
    const alternatives = tokenize([...v.alternatives, ...e.tags].join('\n'));
    const answer = tokenize(v.answer);
    wordDocs.push({ fields: { title: title.words, alternatives: alternatives.words, answer: answer.words } });
    gramDocs.push({ fields: { title: title.grams, alternatives: alternatives.grams, answer: answer.grams } });
  }
  return { words: new Bm25Index(wordDocs, tuning.fields, tuning.bm25), grams: new Bm25Index(gramDocs, tuning.fields, tuning.bm25) };
}

export class FaqSearch {
  private readonly zh: LangIndex;
  private readonly en: LangIndex;

  constructor(
    readonly kb: KnowledgeBase,
    private readonly tuning: SearchTuning = DEFAULT_TUNING,
  ) {
    this.zh = buildLang(kb.entries, 'zh', tuning);
    this.en = buildLang(kb.entries, 'en', tuning);
  }

  /** Each entry's 0..1 score in one language's index (all zero when the question has no terms). */
  private scoreIn(index: LangIndex, terms: Terms): Float64Array {
    const w = index.words.score(terms.words);
    const g = index.grams.score(terms.grams);
    const { wordWeight, gramWeight } = this.tuning;
    const ceiling = wordWeight * w.ceiling + gramWeight * g.ceiling;
    const scores = new Float64Array(this.kb.entries.length);
    if (ceiling === 0) return scores;
    for (let i = 0; i < scores.length; i++) scores[i] = (wordWeight * (w.raw[i] ?? 0) + gramWeight * (g.raw[i] ?? 0)) / ceiling;
    return scores;
  }

  /**
   * Ranks the entries `asker` may see; entries scoring 0 are left out. A question mixing Chinese
   * with English words ("how do I 对账 online") is scored in both indexes, each entry keeping its
   * better score.
   */
  search(question: string, asker: Asker, limit = 5): Hit[] {
    const terms = tokenize(question);
    const chinese = hasChinese(question);
    const english = /[a-z]{3,}/i.test(question);
    const zh = chinese ? this.scoreIn(this.zh, terms) : undefined;
    const en = !chinese || english ? this.scoreIn(this.en, terms) : undefined;
    const hits: Hit[] = [];
    this.kb.entries.forEach((entry, i) => {
      const score = Math.max(zh?.[i] ?? 0, en?.[i] ?? 0);
      if (score > 0 && visibleTo(entry, asker)) hits.push({ entry, score });
    });
    hits.sort((a, b) => b.score - a.score || (a.entry.id < b.entry.id ? -1 : a.entry.id > b.entry.id ? 1 : 0));
    return hits.slice(0, limit);
  }
}
