/**
 * The FAQ search: one BM25F index per knowledge-base language, each with a word channel and a
 * character-gram channel. A question with Chinese characters is searched in the Chinese index,
 * otherwise in the English one; entries are aligned by id, so the answer can be given in either
 * language. Results are sorted by score, then id, so equal questions give equal answers; the five
 * best are then put in the reranker's order (rerank.ts), which is as deterministic.
 */
import { Bm25Index, DEFAULT_BM25, type Bm25Doc, type Bm25Params, type FieldSpec } from './bm25.ts';
import { asksFor, statesIn, type AnswerType } from './answerType.ts';
import { TermBayes } from './bayes.ts';
import { fold, hasChinese } from './fold.ts';
import type { KnowledgeBase } from './load.ts';
import { visibleTo, type Asker, type KbEntry } from './schema.ts';
import { tokenize, type Terms } from './tokenize.ts';
import { candidateVector, RERANK_DEPTH, type RerankWeights } from './rerank.ts';
import { RERANK_WEIGHTS } from './rerank-weights.ts';
import { linear, type Signals } from './signals.ts';

export interface SearchTuning {
  readonly fields: readonly FieldSpec[];
  readonly bm25: Bm25Params;
  /** Weight of the word channel against the gram (typo fallback) channel. */
  readonly wordWeight: number;
  readonly gramWeight: number;
  /**
   * A long question tells a story before it asks (who left, what the bank texted, then "where do I
   * do it"): beyond `ceiling` (in idf units, about a dozen words) the rest of its terms count only
   * `rest` of their weight, so the entry that answers the actual question is not drowned by the story.
   */
  readonly longQuestion: { readonly ceiling: number; readonly rest: number };
  /** How much the last clause of a long message counts on its own (see `lastClause`). */
  readonly lastClauseWeight: number;
  /** The score of an entry one of whose phrasings has exactly the question's words. */
  readonly knownPhrasing: number;
  /**
   * An entry with a phrasing whose words overlap the question's by at least `jaccard` (shared over
   * all distinct words) scores at least `weight` × that overlap.
   */
  readonly nearPhrasing: { readonly jaccard: number; readonly weight: number };
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
  longQuestion: { ceiling: 12, rest: 0.2 },
  lastClauseWeight: 0.9,
  knownPhrasing: 1,
  nearPhrasing: { jaccard: 0.7, weight: 0.9 },
};

export type { Signals } from './signals.ts';

export interface Hit {
  readonly entry: KbEntry;
  /** 0..1: the idf-weighted share of the question the entry covers. */
  readonly score: number;
  /** 0..1: the reranker's softmax share among the first RERANK_DEPTH hits (absent without the reranker, or beyond them). */
  readonly share?: number;
}

interface LangIndex {
  words: Bm25Index;
  grams: Bm25Index;
  /** The word set of each title and alternative phrasing → the entries that have that phrasing. */
  phrasings: Map<string, number[]>;
  /** The same, as lists, for the near matches. */
  phrasingList: { words: readonly string[]; owners: readonly number[] }[];
  /** Word → the phrasingList indices whose words hold it (once per occurrence): the near matches share a word. */
  phrasingPostings: Map<string, number[]>;
  /** Per entry, the word lists of its own phrasings (for its closest one). */
  phrasingsOf: (readonly string[])[][];
  /**
   * One document per phrasing (title, alternative), and the entry each belongs to: how closely one
   * phrasing asks the question. Questions known to have no answer come last, owned by -1.
   */
  phrasingWords: Bm25Index;
  phrasingGrams: Bm25Index;
  phrasingOwner: number[];
  /** Every word term of each entry (title, alternatives, tags, answer), for what a question leaves uncovered. */
  entryTerms: Set<string>[];
  /** The word terms of each entry's title, alternatives and tags (what it is asked with). */
  askedTerms: Set<string>[];
  /** Which entry's phrasings make the question's terms most likely (bayes.ts). */
  bayes: TermBayes;
}

/** The phrasings nearest a question (FaqSearch.phrasingNeighbours). */
interface Neighbours {
  readonly best: Float64Array;
  readonly declined: number;
  readonly top: readonly { score: number; owner: number }[];
}

interface Probe {
  readonly index: LangIndex;
  readonly terms: Terms;
  readonly words: readonly string[];
  readonly asks: readonly AnswerType[];
  readonly neighbours: Neighbours;
  /** Each entry's log posterior under the index's TermBayes. */
  readonly bayes: Float64Array;
}

/** The nearest phrasings the gate's vote counts, and the wider neighbourhood the reranker's counts too. */
const NEAR = 5;
const WIDE = 15;

/** A question's word terms as a set, in a canonical order (the key of a known phrasing). */
const phrasingKey = (words: readonly string[]): string => [...new Set(words)].sort().join('|');

function buildLang(entries: readonly KbEntry[], declined: readonly string[], lang: 'zh' | 'en', tuning: SearchTuning): LangIndex {
  const wordDocs: Bm25Doc[] = [];
  const gramDocs: Bm25Doc[] = [];
  const phrasings = new Map<string, number[]>();
  const entryTerms: Set<string>[] = [];
  const askedTerms: Set<string>[] = [];
  const phrasingWords: Bm25Doc[] = [];
  const phrasingGrams: Bm25Doc[] = [];
  const phrasingOwner: number[] = [];
  const phrasingTerms = entries.map((): Terms[] => []);
  entries.forEach((e, i) => {
    for (const text of [e[lang].title, ...e[lang].alternatives]) {
      const terms = tokenize(text);
      phrasingTerms[i]!.push(terms);
      const key = phrasingKey(terms.words);
      const owners = phrasings.get(key) ?? [];
      if (key && !owners.includes(i)) phrasings.set(key, [...owners, i]);
      phrasingWords.push({ fields: { p: terms.words } });
      phrasingGrams.push({ fields: { p: terms.grams } });
      phrasingOwner.push(i);
    }
  });
  for (const text of declined) {
    const terms = tokenize(text);
    phrasingWords.push({ fields: { p: terms.words } });
    phrasingGrams.push({ fields: { p: terms.grams } });
    phrasingOwner.push(-1);
  }
  for (const e of entries) {
    const v = e[lang];
    const title = tokenize(v.title);
    const alternatives = tokenize([...v.alternatives, ...e.tags].join('\n'));
    const answer = tokenize(v.answer);
    wordDocs.push({ fields: { title: title.words, alternatives: alternatives.words, answer: answer.words } });
    entryTerms.push(new Set([...title.words, ...alternatives.words, ...answer.words]));
    askedTerms.push(new Set([...title.words, ...alternatives.words]));
    gramDocs.push({ fields: { title: title.grams, alternatives: alternatives.grams, answer: answer.grams } });
  }
  const phrasingList = [...phrasings].map(([key, owners]) => ({ words: key.split('|'), owners }));
  const phrasingsOf = entries.map((): (readonly string[])[] => []);
  for (const p of phrasingList) for (const o of p.owners) phrasingsOf[o]!.push(p.words);
  const phrasingPostings = new Map<string, number[]>();
  phrasingList.forEach((p, k) => {
    for (const w of p.words) {
      const list = phrasingPostings.get(w);
      if (list) list.push(k);
      else phrasingPostings.set(w, [k]);
    }
  });
  const pf = [{ name: 'p', weight: 1, b: 0.3 }];
  return {
    words: new Bm25Index(wordDocs, tuning.fields, tuning.bm25), grams: new Bm25Index(gramDocs, tuning.fields, tuning.bm25), phrasings, phrasingList, phrasingPostings,
    phrasingsOf, phrasingWords: new Bm25Index(phrasingWords, pf, tuning.bm25), phrasingGrams: new Bm25Index(phrasingGrams, pf, tuning.bm25), phrasingOwner, entryTerms, askedTerms,
    bayes: new TermBayes(phrasingTerms),
  };
}

export class FaqSearch {
  private readonly zh: LangIndex;
  private readonly en: LangIndex;
  /** The kinds of fact each entry's answer states (answerType.ts). */
  private readonly states: Set<AnswerType>[];
  private last: { question: string; probe: Probe } | undefined;

  constructor(
    readonly kb: KnowledgeBase,
    private readonly tuning: SearchTuning = DEFAULT_TUNING,
    /** The reranker's weights (rerank.ts); null keeps the BM25 order (train-rerank.ts fits it on that). */
    private readonly rerank: RerankWeights | null = RERANK_WEIGHTS,
  ) {
    this.zh = buildLang(kb.entries, kb.declined?.zh ?? [], 'zh', tuning);
    this.en = buildLang(kb.entries, kb.declined?.en ?? [], 'en', tuning);
    this.states = kb.entries.map((e) => new Set([...statesIn(fold(e.zh.answer)), ...statesIn(fold(e.en.answer))]));
  }

  /** Each entry's 0..1 score in one language's index (all zero when the question has no terms). */
  private scoreIn(index: LangIndex, terms: Terms): Float64Array {
    return this.coverage(index.words, index.grams, terms);
  }

  /**
   * Per entry, its best phrasing's score; the best score of a question known to have no answer; and
   * the `k` phrasings that cover most of the question (their scores and owners, -1 for a declined one).
   */
  private phrasingNeighbours(index: LangIndex, terms: Terms, k = WIDE): Neighbours {
    const scores = this.coverage(index.phrasingWords, index.phrasingGrams, terms);
    const best = new Float64Array(this.kb.entries.length);
    let declined = 0;
    const top: { score: number; owner: number }[] = [];
    for (let j = 0; j < index.phrasingOwner.length; j++) {
      const o = index.phrasingOwner[j]!;
      const sc = scores[j]!;
      if (o < 0) declined = Math.max(declined, sc);
      else if (sc > best[o]!) best[o] = sc;
      if (sc > 0 && (top.length < k || sc > top[top.length - 1]!.score)) {
        // Kept sorted by insertion (best first, the lower owner first on a tie): a full sort per
        // phrasing made the fifteen nearest cost a millisecond and a half per question.
        let at = top.length;
        while (at > 0 && (top[at - 1]!.score < sc || (top[at - 1]!.score === sc && top[at - 1]!.owner > o))) at--;
        top.splice(at, 0, { score: sc, owner: o });
        if (top.length > k) top.pop();
      }
    }
    return { best, declined, top };
  }

  /**
   * Each document's 0..1 share of the question, word and gram channels weighted, over a ceiling that
   * counts a long question's terms beyond `longQuestion.ceiling` at `rest` (all zero without terms).
   */
  private coverage(words: Bm25Index, grams: Bm25Index, terms: Terms): Float64Array {
    const w = words.score(terms.words);
    const g = grams.score(terms.grams);
    const { wordWeight, gramWeight } = this.tuning;
    const full = wordWeight * w.ceiling + gramWeight * g.ceiling;
    const long = this.tuning.longQuestion;
    const ceiling = full <= long.ceiling ? full : long.ceiling + (full - long.ceiling) * long.rest;
    const scores = new Float64Array(w.raw.length);
    if (ceiling === 0) return scores;
    for (let i = 0; i < scores.length; i++) scores[i] = Math.min(1, (wordWeight * (w.raw[i] ?? 0) + gramWeight * (g.raw[i] ?? 0)) / ceiling);
    return scores;
  }

  /**
   * How well the best hit answers the question, beyond its score (the answer gate's inputs, see
   * gate.ts): its best phrasing's score, the share of the question (in idf) no entry knows, the
   * share the entry leaves uncovered, and whether the question asks a kind of fact (how long, how
   * many, how much, what time) that the entry's answer does not state.
   */
  signals(question: string, hits: readonly Hit[]): Signals | undefined {
    return hits[0] ? this.signalsAt(this.probe(question), hits, 0) : undefined;
  }

  /** The last clause of a long message that tells a story first, when it names enough to stand alone. */
  storyTail(question: string): string | undefined {
    return lastClause(question);
  }

  /** What one question shares across its hits' signals: its terms, the index it is read in, its nearest phrasings. */
  private probe(question: string): Probe {
    // The search and the gate ask about the same question one after the other: it is read once.
    if (this.last?.question === question) return this.last.probe;
    const probe = this.readProbe(question);
    this.last = { question, probe };
    return probe;
  }

  private readProbe(question: string): Probe {
    // A question with Chinese characters is read in the Chinese index, every English word we know
    // translated (an English-majority mix too: its raw English stems are unknown there).
    const chinese = hasChinese(question);
    const index = chinese ? this.zh : this.en;
    const terms = tokenize(question, chinese ? 'always' : 'auto');
    const words = [...new Set(terms.words.filter((w) => !w.startsWith('?')))];
    return { index, terms, words, asks: asksFor(fold(question)), neighbours: this.phrasingNeighbours(index, terms), bayes: index.bayes.logPosterior(terms) };
  }

  /** The signals of `hits[at]` as if it were the best hit, the best of the others its runner-up. */
  private signalsAt(p: Probe, hits: readonly Hit[], at: number): Signals {
    const hit = hits[at]!;
    const i = this.kb.entries.indexOf(hit.entry);
    const { index, terms, words, neighbours } = p;
    let total = 0, unknown = 0, uncovered = 0, unknownWord = 0, uncoveredMax = 0, answerOnly = 0;
    const top = index.words.idf('\u0000');
    for (const w of words) {
      const idf = index.words.idf(w);
      total += idf;
      if (!index.words.knows(w)) {
        unknown += idf;
        if (w.length >= 2) unknownWord = 1;
      } else if (!index.entryTerms[i]!.has(w)) {
        uncovered += idf;
        uncoveredMax = Math.max(uncoveredMax, idf / top);
      } else if (!index.askedTerms[i]!.has(w)) answerOnly += idf;
    }
    const asked = new Set(terms.words);
    let jaccard = 0;
    for (const words of index.phrasingsOf[i]!) jaccard = Math.max(jaccard, jaccardOf(asked, words));
    const states = this.states[i]!;
    const near = neighbours.top.slice(0, NEAR);
    const sum = near.reduce((t, n) => t + n.score, 0);
    const own = near.reduce((t, n) => t + (n.owner === i ? n.score : 0), 0);
    const none = near.reduce((t, n) => t + (n.owner < 0 ? n.score : 0), 0);
    const wideSum = neighbours.top.reduce((t, n) => t + n.score, 0);
    const wideOwn = neighbours.top.reduce((t, n) => t + (n.owner === i ? n.score : 0), 0);
    const second = (at === 0 ? hits[1]?.score : hits[0]?.score) ?? 0;
    return {
      score: hit.score,
      lead: hit.score - second,
      phrasing: neighbours.best[i] ?? 0,
      unknownShare: total ? unknown / total : 0,
      uncoveredShare: total ? uncovered / total : 0,
      typeMismatch: p.asks.some((t) => !states.has(t)) ? 1 : 0,
      terms: words.length,
      unknownWord,
      uncoveredMax,
      jaccard,
      answerOnlyShare: total ? answerOnly / total : 0,
      second,
      vote: sum > 0 ? own / sum : 0,
      voteWide: wideSum > 0 ? wideOwn / wideSum : 0,
      share: hit.share ?? 1,
      declinedLike: neighbours.declined,
      declinedVote: sum > 0 ? none / sum : 0,
      bayes: p.bayes[i]!,
    };
  }

  /** The reranker's features of each of the first RERANK_DEPTH hits (as the search ranked them, before any reranking). */
  candidateVectors(question: string, hits: readonly Hit[]): number[][] {
    const p = this.probe(question);
    const head = hits.slice(0, RERANK_DEPTH);
    return head.map((h, j) => candidateVector(this.signalsAt(p, head, j), j, head[0]!.score - h.score));
  }

  /**
   * Ranks the entries `asker` may see; entries scoring 0 are left out. A question mixing Chinese
   * with English words ("how do I 对账 online") is scored in both indexes, each entry keeping its
   * better score.
   */
  search(question: string, asker: Asker, limit = 5): Hit[] {
    const full = this.scoreAll(question);
    // A long message usually asks its question last: the last clause is scored alone as well.
    const last = lastClause(question);
    const tail = last ? this.scoreAll(last) : undefined;
    const { lastClauseWeight } = this.tuning;
    const hits: Hit[] = [];
    this.kb.entries.forEach((entry, i) => {
      const score = Math.max(full[i] ?? 0, lastClauseWeight * (tail?.[i] ?? 0));
      if (score > 0 && visibleTo(entry, asker)) hits.push({ entry, score });
    });
    hits.sort((a, b) => b.score - a.score || (a.entry.id < b.entry.id ? -1 : a.entry.id > b.entry.id ? 1 : 0));
    return (this.rerank && hits.length > 1 ? this.reranked(question, hits) : hits).slice(0, limit);
  }

  /**
   * The first RERANK_DEPTH hits in the reranker's order (rerank.ts), the rest as they were. The
   * scores stay where they were, best first: the reranker decides which entry holds the best score,
   * so the decision policy (decide.ts) reads the same scale with or without it.
   */
  private reranked(question: string, hits: readonly Hit[]): Hit[] {
    const head = hits.slice(0, RERANK_DEPTH);
    const values = this.candidateVectors(question, head).map((x) => linear(this.rerank!, x));
    const order = head.map((_, j) => j).sort((a, b) => values[b]! - values[a]! || a - b);
    const top = values[order[0]!]!;
    const weights = values.map((v) => Math.exp(v - top));
    const total = weights.reduce((sum, w) => sum + w, 0);
    return [...order.map((j, k) => ({ entry: head[j]!.entry, score: head[k]!.score, share: weights[j]! / total })), ...hits.slice(RERANK_DEPTH)];
  }

  /** Every entry's score for one text (Chinese index, English index, or both for a mix). */
  private scoreAll(text: string): Float64Array {
    const chinese = hasChinese(text);
    const english = /[a-z]{3,}/i.test(text);
    // A mix is read twice: every known English word translated for the Chinese index, none for the
    // English one (which would otherwise get the Chinese words of a Chinese-majority mix).
    const mixed = chinese && english;
    const terms = tokenize(text, mixed ? 'always' : 'auto');
    const enTerms = mixed ? tokenize(text, 'never') : terms;
    const zh = chinese ? this.scoreIn(this.zh, terms) : undefined;
    const en = !chinese || english ? this.scoreIn(this.en, enTerms) : undefined;
    const scores = new Float64Array(this.kb.entries.length);
    for (let i = 0; i < scores.length; i++) scores[i] = Math.max(zh?.[i] ?? 0, en?.[i] ?? 0);
    // A question that says what one of an entry's phrasings says (the same words, or nearly) is that entry's.
    const { knownPhrasing, nearPhrasing } = this.tuning;
    for (const index of [chinese ? this.zh : undefined, !chinese || english ? this.en : undefined]) {
      if (!index) continue;
      const own = index === this.en ? enTerms : terms;
      const key = phrasingKey(own.words);
      const question = new Set(own.words);
      for (const i of index.phrasings.get(key) ?? []) scores[i] = Math.max(scores[i] ?? 0, knownPhrasing);
      // Only a phrasing that shares a word can be near (scores are never below 0): count the shared
      // words through the postings instead of comparing the question with every phrasing.
      const shared = new Map<number, number>();
      for (const w of question) for (const k of index.phrasingPostings.get(w) ?? []) shared.set(k, (shared.get(k) ?? 0) + 1);
      for (const [k, n] of shared) {
        const p = index.phrasingList[k]!;
        const jaccard = n / (question.size + p.words.length - n);
        if (jaccard >= nearPhrasing.jaccard) for (const i of p.owners) scores[i] = Math.max(scores[i] ?? 0, nearPhrasing.weight * jaccard);
      }
    }
    return scores;
  }
}

/** Shared words over all distinct words of a question and a phrasing (0 when both are empty). */
function jaccardOf(question: ReadonlySet<string>, phrasing: readonly string[]): number {
  let shared = 0;
  for (const t of phrasing) if (question.has(t)) shared++;
  const union = question.size + phrasing.length - shared;
  return union === 0 ? 0 : shared / union;
}

/** Messages this long (characters) that have several clauses are stories; shorter ones are one question. */
const STORY_LENGTH = 24;

/** The last clause of a long message with several clauses, when it names at least two things. */
function lastClause(question: string): string | undefined {
  const text = question.trim();
  if ([...text].length < STORY_LENGTH) return undefined;
  const clauses = text.split(/[，,。.!！?？;；\n]+|\s{1,}(?=[\u3400-\u9fff])/).map((c) => c.trim()).filter((c) => c.length > 0);
  const last = clauses.at(-1);
  if (clauses.length < 2 || !last) return undefined;
  // "要怎么调" alone names too little to stand for the whole message.
  return tokenize(last).words.filter((w) => !w.startsWith('?')).length >= 2 ? last : undefined;
}
