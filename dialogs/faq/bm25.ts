/**
 * BM25F with the BM25+ lower bound, over documents with several weighted fields (title,
 * alternative phrasings, answer). Pure and deterministic: the index is built once, a query is a
 * list of terms, and scores come back normalised to 0..1 as the idf-weighted share of the
 * question's terms that a document covers (1 would mean every term, saturated).
 */
export interface FieldSpec {
  readonly name: string;
  /** How much one occurrence in this field counts relative to the answer text. */
  readonly weight: number;
  /** Length normalisation for this field (0 = none, 1 = full). */
  readonly b: number;
}

export interface Bm25Params {
  readonly k1: number;
  /**
   * How much a question term the knowledge base has never seen counts in the ceiling (0..1).
   * An unknown word hints that the question is about something else, but a filler or a typo is
   * also unknown, so it weighs less than a known rare word.
   */
  readonly unknownWeight: number;
  /** BM25+ delta: the floor a matching term contributes however long the document. */
  readonly delta: number;
}

export interface Bm25Doc {
  readonly fields: Readonly<Record<string, readonly string[]>>;
}

export interface Bm25Result {
  /** Per document (in build order): Σ idf·saturation over the matched query terms. */
  readonly raw: Float64Array;
  /** Σ idf over the distinct query terms (unknown ones discounted): the most a document could get. */
  readonly ceiling: number;
}

export const DEFAULT_BM25: Bm25Params = { k1: 1.2, delta: 0.5, unknownWeight: 0.5 };

interface Posting {
  doc: number;
  tf: number;
}

export class Bm25Index {
  private readonly postings = new Map<string, Posting[]>();
  private readonly docCount: number;

  constructor(docs: readonly Bm25Doc[], fields: readonly FieldSpec[], private readonly params: Bm25Params = DEFAULT_BM25) {
    this.docCount = docs.length;
    const avg = new Map<string, number>();
    for (const f of fields) {
      const total = docs.reduce((n, d) => n + (d.fields[f.name]?.length ?? 0), 0);
      avg.set(f.name, docs.length ? Math.max(total / docs.length, 1) : 1);
    }
    docs.forEach((doc, index) => {
      // BM25F: field-weighted, length-normalised term frequency, saturated once at query time.
      const combined = new Map<string, number>();
      for (const f of fields) {
        const terms = doc.fields[f.name] ?? [];
        const norm = 1 - f.b + (f.b * terms.length) / (avg.get(f.name) ?? 1);
        for (const t of terms) combined.set(t, (combined.get(t) ?? 0) + f.weight / norm);
      }
      for (const [term, tf] of combined) {
        const list = this.postings.get(term) ?? [];
        list.push({ doc: index, tf });
        this.postings.set(term, list);
      }
    });
  }

  /** True when some document has the term. */
  knows(term: string): boolean {
    return this.postings.has(term);
  }

  /** Robertson–Spärck Jones idf, kept positive (Lucene's form); unseen terms get the maximum. */
  idf(term: string): number {
    const df = this.postings.get(term)?.length ?? 0;
    return Math.log(1 + (this.docCount - df + 0.5) / (df + 0.5));
  }

  /** Scores every document against the distinct terms of the query. */
  score(queryTerms: readonly string[]): Bm25Result {
    const { k1, delta, unknownWeight } = this.params;
    const raw = new Float64Array(this.docCount);
    let ceiling = 0;
    for (const term of [...new Set(queryTerms)].sort()) {
      const idf = this.idf(term);
      const postings = this.postings.get(term);
      ceiling += postings ? idf : idf * unknownWeight;
      for (const p of postings ?? []) {
        const saturated = ((k1 + 1) * p.tf) / (k1 + p.tf) + delta;
        raw[p.doc] = (raw[p.doc] ?? 0) + (idf * saturated) / (k1 + 1 + delta);
      }
    }
    return { raw, ceiling };
  }
}
