/**
 * The optional semantic side of the FAQ: where the bank runs an embedding model on its own servers
 * (an OpenAI-compatible endpoint or Ollama, through LangChain's Embeddings interface), every title
 * and alternative phrasing of every entry, in both languages, is embedded once; a question is
 * embedded when asked, and each entry's similarity is that of its closest phrasing. `fuse` merges
 * that ranking with the BM25 one by reciprocal rank fusion. Off by default and never required: a
 * model that fails, is slow, or is still embedding the knowledge base leaves the FAQ on BM25 alone.
 * Questions are redacted (account numbers, phone numbers ...) before they leave for the model.
 */
import type { EmbeddingsInterface } from '@langchain/core/embeddings';
import { redactQuestion } from '../../engine/service/faq.ts';
import type { EmbeddingsConfig } from './config.ts';
import type { KnowledgeBase } from './load.ts';
import { visibleTo, type Asker } from './schema.ts';
import type { Hit } from './search.ts';

/** Phrasings sent to the model per request while the knowledge base is embedded. */
const BATCH = 64;
/** The usual constant of reciprocal rank fusion (Cormack et al. 2009): rank r counts 1 / (K + r). */
export const RRF_K = 60;

/** The embedding model a configuration names (its provider package is imported only then), or undefined when off. */
export async function createEmbeddings(config: EmbeddingsConfig): Promise<EmbeddingsInterface | undefined> {
  switch (config.provider) {
    case 'none':
      return undefined;
    case 'openai': {
      const { OpenAIEmbeddings } = await import('@langchain/openai');
      return new OpenAIEmbeddings({
        model: config.model,
        maxRetries: 0,
        ...(config.apiKey ? { apiKey: config.apiKey } : {}),
        ...(config.baseUrl ? { configuration: { baseURL: config.baseUrl } } : {}),
      });
    }
    case 'ollama': {
      const { OllamaEmbeddings } = await import('@langchain/ollama');
      return new OllamaEmbeddings({ model: config.model, baseUrl: config.baseUrl, maxRetries: 0 });
    }
  }
}

function unit(v: readonly number[]): Float32Array {
  let norm = 0;
  for (const x of v) norm += x * x;
  const out = new Float32Array(v.length);
  if (norm === 0) return out;
  const s = 1 / Math.sqrt(norm);
  for (let i = 0; i < v.length; i++) out[i] = v[i]! * s;
  return out;
}

function dot(a: Float32Array, b: Float32Array): number {
  let s = 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) s += a[i]! * b[i]!;
  return s;
}

/** A promise that rejects after `ms` (the slow model is given up, not waited for). */
function within<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`the embedding model did not answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export class FaqVectors {
  private constructor(
    private readonly model: EmbeddingsInterface,
    private readonly entryCount: number,
    /** One unit vector per phrasing, and the entry (index in kb.entries) it belongs to. */
    private readonly vectors: readonly Float32Array[],
    private readonly owner: readonly number[],
    private readonly timeoutMs: number,
  ) {}

  /** Embeds every title and alternative of every entry, both languages. Rejects when the model fails. */
  static async build(model: EmbeddingsInterface, kb: KnowledgeBase, timeoutMs: number): Promise<FaqVectors> {
    const texts: string[] = [];
    const owner: number[] = [];
    kb.entries.forEach((e, i) => {
      for (const v of [e.zh, e.en])
        for (const text of [v.title, ...v.alternatives]) {
          texts.push(text);
          owner.push(i);
        }
    });
    const vectors: Float32Array[] = [];
    for (let start = 0; start < texts.length; start += BATCH) {
      const batch = texts.slice(start, start + BATCH);
      // Each batch gets its own time limit, generous against one question's: a slow start is not a failure.
      const got = await within(model.embedDocuments(batch), Math.max(timeoutMs * 20, 30_000));
      if (got.length !== batch.length) throw new Error(`the embedding model returned ${got.length} vectors for ${batch.length} phrasings`);
      for (const v of got) vectors.push(unit(v));
    }
    const dims = new Set(vectors.map((v) => v.length));
    if (dims.size > 1) throw new Error(`the embedding model returned vectors of ${[...dims].join(' and ')} dimensions`);
    return new FaqVectors(model, kb.entries.length, vectors, owner, timeoutMs);
  }

  /** How many phrasings are embedded. */
  get size(): number {
    return this.vectors.length;
  }

  /**
   * Each entry's cosine similarity to the question (its closest phrasing's), or undefined when the
   * model fails or takes longer than the configured time: the FAQ then answers from BM25 alone.
   */
  async similarities(question: string): Promise<Float64Array | undefined> {
    let q: Float32Array;
    try {
      q = unit(await within(this.model.embedQuery(redactQuestion(question)), this.timeoutMs));
    } catch {
      return undefined;
    }
    const best = new Float64Array(this.entryCount).fill(-1);
    for (let j = 0; j < this.vectors.length; j++) {
      const o = this.owner[j]!;
      const s = dot(q, this.vectors[j]!);
      if (s > best[o]!) best[o] = s;
    }
    return best;
  }
}

/** A cosine similarity above the floor, scaled to 0..1 (0 at or below the floor). */
export function vectorScore(similarity: number, floor: number): number {
  return Math.max(0, (similarity - floor) / (1 - floor));
}

export interface FuseOptions {
  /** Cosine similarity that counts as nothing; an entry's vector score is its similarity above it, scaled to 0..1. */
  floor: number;
  limit: number;
}

/**
 * BM25 hits and vector similarities as one ranking, by reciprocal rank fusion (ties: entry id).
 * Only entries `asker` may see, and only those above the floor in the vector list. Each hit's
 * score, which the decision policy and the answer gate read, is the better of its BM25 score and
 * its vector score: an entry the model finds and BM25 does not can still be answered.
 */
export function fuse(kb: KnowledgeBase, bm25: readonly Hit[], similarity: Float64Array, asker: Asker, options: FuseOptions): Hit[] {
  const { floor, limit } = options;
  const byVector = kb.entries
    .map((entry, i) => ({ entry, i, s: similarity[i] ?? -1 }))
    .filter((x) => x.s > floor && visibleTo(x.entry, asker))
    .sort((a, b) => b.s - a.s || (a.entry.id < b.entry.id ? -1 : a.entry.id > b.entry.id ? 1 : 0));
  const fused = new Map<string, { entry: Hit['entry']; rrf: number; score: number }>();
  const indexOf = new Map(kb.entries.map((e, i) => [e.id, i]));
  bm25.forEach((h, rank) => {
    const i = indexOf.get(h.entry.id)!;
    fused.set(h.entry.id, { entry: h.entry, rrf: 1 / (RRF_K + rank + 1), score: Math.max(h.score, vectorScore(similarity[i] ?? -1, floor)) });
  });
  byVector.forEach((x, rank) => {
    const seen = fused.get(x.entry.id);
    if (seen) seen.rrf += 1 / (RRF_K + rank + 1);
    else fused.set(x.entry.id, { entry: x.entry, rrf: 1 / (RRF_K + rank + 1), score: vectorScore(x.s, floor) });
  });
  return [...fused.values()]
    .sort((a, b) => b.rrf - a.rrf || b.score - a.score || (a.entry.id < b.entry.id ? -1 : a.entry.id > b.entry.id ? 1 : 0))
    .slice(0, limit)
    .map(({ entry, score }) => ({ entry, score }));
}
