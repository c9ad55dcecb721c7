/**
 * The FAQ search as a LangChain retriever, so it composes with LangChain chains (the optional LLM
 * rewrite uses it). Not @langchain/community's BM25Retriever: that one splits on whitespace only
 * and cannot score Chinese. Each document is one knowledge-base entry in the asked language, with
 * its id, title and normalised score in the metadata.
 */
import { BaseRetriever, type BaseRetrieverInput } from '@langchain/core/retrievers';
import { Document } from '@langchain/core/documents';
import { answerFor, type Asker } from './schema.ts';
import type { FaqSearch } from './search.ts';

export interface FaqDocMetadata {
  id: string;
  title: string;
  /** 0..1 */
  score: number;
  audience: string;
  followUps: string[];
}

export interface FaqRetrieverInput extends BaseRetrieverInput {
  search: FaqSearch;
  asker: Asker;
  lang: 'zh-CN' | 'en';
  /** How many entries to return at most. */
  k?: number;
  /** Entries scoring below this are left out (0..1). */
  minScore?: number;
}

export class FaqRetriever extends BaseRetriever<FaqDocMetadata> {
  lc_namespace = ['recon', 'faq', 'retriever'];
  private readonly search: FaqSearch;
  private readonly asker: Asker;
  private readonly lang: 'zh-CN' | 'en';
  private readonly k: number;
  private readonly minScore: number;

  constructor(input: FaqRetrieverInput) {
    super(input);
    this.search = input.search;
    this.asker = input.asker;
    this.lang = input.lang;
    this.k = input.k ?? 3;
    this.minScore = input.minScore ?? 0;
  }

  /** Ranked entries for the query (score, then id), each as a Document. */
  override async _getRelevantDocuments(query: string): Promise<Document<FaqDocMetadata>[]> {
    return this.search
      .search(query, this.asker, this.k)
      .filter((h) => h.score >= this.minScore)
      .map((h) => {
        const v = this.lang === 'en' ? h.entry.en : h.entry.zh;
        return new Document<FaqDocMetadata>({
          pageContent: answerFor(v, this.asker),
          metadata: { id: h.entry.id, title: v.title, score: h.score, audience: h.entry.audience, followUps: [...h.entry.followUps] },
          id: h.entry.id,
        });
      });
  }
}
