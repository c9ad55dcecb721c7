/**
 * The FAQ's entry point: `createFaq(config)` loads and indexes the knowledge base once, then
 * `answer(question, {lang, asker})` retrieves, decides (answer / did you mean / don't know) and,
 * when an LLM is configured, lets it rewrite a confident answer from the retrieved entries only.
 * When an embedding model is configured, its ranking is fused with BM25's (vectors.ts).
 */
import type { EmbeddingsInterface } from '@langchain/core/embeddings';
import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { fill, messages, type Lang } from '../../engine/i18n/index.ts';
import { DEFAULT_THRESHOLDS, type FaqConfig, type Thresholds } from './config.ts';
import { decide, MAX_CHOICES, type Decision } from './decide.ts';
import { gateProbability, type GateWeights } from './gate.ts';
import { GATE_WEIGHTS } from './gate-weights.ts';
import { createChatModel } from './llm.ts';
import { loadKnowledgeBase, type KnowledgeBase } from './load.ts';
import { FaqRetriever } from './retriever.ts';
import { rewriteWithLlm } from './rewrite.ts';
import { answerFor, visibleTo, type Asker, type KbEntry } from './schema.ts';
import { mentionsReconciliation, redirectOf } from './offtopic.ts';
import { asksAboutAssistant, smallTalkOf, type SmallTalk } from './smalltalk.ts';
import { FaqSearch, type Hit, type Signals } from './search.ts';
import { createEmbeddings, FaqVectors, fuse, vectorScore } from './vectors.ts';

export interface FaqSource {
  id: string;
  title: string;
}

/** One reply of the FAQ. `answer`, `confidence`, `sources`, `suggestions` are `recon ask`'s contract. */
export interface FaqReply {
  /** `smalltalk`: a brief reply to a greeting, thanks or goodbye (no entry). */
  kind: 'answer' | 'suggest' | 'unknown' | 'smalltalk';
  question: string;
  lang: Lang;
  /** The text to show: the answer, the "did you mean" list, or the honest "I don't know". */
  answer: string;
  /** Best score, 0..1, three decimals. */
  confidence: number;
  /** Entries whose content the answer gives; empty unless kind is `answer`. */
  sources: FaqSource[];
  /** Titles to offer next: follow-ups after an answer, the choices after "did you mean". */
  suggestions: string[];
  /** Entry ids of `suggestions`, same order (for buttons). */
  suggestionIds: string[];
  /** True when the LLM rewrote the answer text. */
  rewritten: boolean;
}

export interface AnswerOptions {
  lang: Lang;
  /** Who asks; customers never get staff-only entries. Default: customer (the safe side). */
  asker?: Asker;
}

export interface Faq {
  readonly kb: KnowledgeBase;
  readonly search: FaqSearch;
  answer(question: string, options: AnswerOptions): Promise<FaqReply>;
  /** One entry's answer by id (a picked choice or follow-up); undefined when unknown or not for `asker`. */
  answerEntry(entryId: string, options: AnswerOptions): FaqReply | undefined;
  /** Whom to contact, as configured (per branch) or the default. */
  contact(lang: Lang): string;
  /** The LangChain retriever over the same index. */
  retriever(asker: Asker, lang: Lang, k?: number): FaqRetriever;
  /**
   * Settles once the knowledge base is embedded: true when the semantic side is on, false when no
   * embedding model is configured or embedding failed (the FAQ then answers from BM25 alone).
   */
  semanticReady(): Promise<boolean>;
}

export interface FaqDeps {
  /** A chat model to use instead of the configured one (tests pass LangChain's fake models). */
  model?: BaseChatModel;
  /** An already loaded knowledge base (tests). */
  kb?: KnowledgeBase;
  /** The answer gate's weights; null turns it off (train-gate.ts fits it on the FAQ without one). Default: gate-weights.ts. */
  gate?: GateWeights | null;
  /** An embedding model to use instead of the configured one (tests pass a deterministic local one). */
  embeddings?: EmbeddingsInterface;
  /** Told when the embedding model fails to embed the knowledge base (the FAQ goes on with BM25). */
  onSemanticError?: (err: unknown) => void;
}

const round3 = (x: number): number => Math.round(x * 1000) / 1000;
/** Below this best score a question about transfers or other banking is declined with a redirect. */
const OFF_TOPIC_FLOOR = 0.6;
/** The entry that says what the assistant is and does. */
const ABOUT_ENTRY = 'about-assistant';
const version = (e: KbEntry, lang: Lang) => (lang === 'en' ? e.en : e.zh);

/** "I don't know", what the bot does, and where to go instead (transfers: online banking or the counter). */
function unknownReply(question: string, lang: Lang, best: Hit | undefined, contact: string): FaqReply {
  const t = messages(lang).faq;
  const redirect = redirectOf(question);
  const lines =
    redirect === 'transfer' ? [t.scope, t.redirectTransfer] : redirect === 'banking' ? [t.scope, fill(t.redirectBanking, { contact })] : [t.dontKnow, t.scope, fill(t.contactLine, { contact })];
  return {
    kind: 'unknown',
    question,
    lang,
    answer: lines.join(lang === 'en' ? ' ' : ''),
    confidence: round3(best?.score ?? 0),
    sources: [],
    suggestions: [],
    suggestionIds: [],
    rewritten: false,
  };
}

/** A brief reply to a greeting, thanks or goodbye. */
function smallTalkReply(question: string, lang: Lang, kind: SmallTalk): FaqReply {
  const answer = messages(lang).faq.smalltalk[kind];
  return { kind: 'smalltalk', question, lang, answer, confidence: 1, sources: [], suggestions: [], suggestionIds: [], rewritten: false };
}

/** What an answer's placeholders stand for: whom to contact and the hotline, per branch. */
interface Lines {
  contact: string;
  hotline: string;
}

/** The answer of one entry, its `{contact}` and `{hotline}` filled in, and the follow-ups the asker may see. */
function entryReply(kb: KnowledgeBase, entry: KbEntry, question: string, options: Required<AnswerOptions>, score: number, lines: Lines): FaqReply {
  const { lang, asker } = options;
  const followUps = entry.followUps.map((id) => kb.byId.get(id)).filter((e): e is KbEntry => e !== undefined && visibleTo(e, asker));
  return {
    kind: 'answer',
    question,
    lang,
    answer: fill(answerFor(version(entry, lang), asker), { contact: lines.contact, hotline: lines.hotline }),
    confidence: round3(score),
    sources: [{ id: entry.id, title: version(entry, lang).title }],
    suggestions: followUps.map((e) => version(e, lang).title),
    suggestionIds: followUps.map((e) => e.id),
    rewritten: false,
  };
}

/** "Did you mean": the close entries' titles, numbered. */
function suggestReply(question: string, lang: Lang, choices: readonly Hit[]): FaqReply {
  const t = messages(lang).faq;
  const titles = choices.map((h) => version(h.entry, lang).title);
  return {
    kind: 'suggest',
    question,
    lang,
    answer: [t.didYouMean, ...titles.map((title, i) => `${i + 1}. ${title}`)].join('\n'),
    confidence: round3(choices[0]?.score ?? 0),
    sources: [],
    suggestions: titles,
    suggestionIds: choices.map((h) => h.entry.id),
    rewritten: false,
  };
}

/** Loads the knowledge base and returns the FAQ; throws a ParseError naming file and entry on a bad KB. */
export async function createFaq(config: FaqConfig = {}, deps: FaqDeps = {}): Promise<Faq> {
  const kb = deps.kb ?? loadKnowledgeBase(config.kbDir);
  const search = new FaqSearch(kb);
  const thresholds: Thresholds = config.thresholds ?? DEFAULT_THRESHOLDS;
  const gateAnswer = thresholds.gateAnswer ?? DEFAULT_THRESHOLDS.gateAnswer;
  const gateSuggest = thresholds.gateSuggest ?? DEFAULT_THRESHOLDS.gateSuggest;
  const gate = deps.gate === undefined ? GATE_WEIGHTS : deps.gate;
  const llm = config.llm ?? { provider: 'none' as const };
  const model = deps.model ?? (await createChatModel(llm));
  const timeoutMs = llm.provider === 'none' ? 4000 : llm.timeoutMs;
  const embeddingsConfig = config.embeddings ?? { provider: 'none' as const };
  const embeddings = deps.embeddings ?? (await createEmbeddings(embeddingsConfig));
  const semantic = embeddingsConfig.provider === 'none' ? { timeoutMs: 1500, floor: 0.5 } : embeddingsConfig;
  // Embedding the knowledge base takes a while on a real model: the FAQ answers from BM25 until it is done.
  let vectors: FaqVectors | undefined;
  const vectorsBuilt: Promise<boolean> = embeddings
    ? FaqVectors.build(embeddings, kb, semantic.timeoutMs).then(
        (v) => ((vectors = v), true),
        (err: unknown) => (deps.onSemanticError?.(err), false),
      )
    : Promise.resolve(false);

  const retriever = (asker: Asker, lang: Lang, k = 3): FaqRetriever =>
    new FaqRetriever({ search, asker, lang, k, minScore: thresholds.suggest });

  const contact = (lang: Lang): string => config.contact?.[lang] ?? messages(lang).faq.defaultContact;
  const lines = (lang: Lang): Lines => ({ contact: contact(lang), hotline: config.hotline?.[lang] ?? messages(lang).faq.defaultHotline });

  async function answer(question: string, options: AnswerOptions): Promise<FaqReply> {
    const { lang } = options;
    const asker = options.asker ?? 'customer';
    const small = smallTalkOf(question);
    if (small) return smallTalkReply(question, lang, small);
    // Staff asking what the bot does are answered by the search (bot-status tells them their commands).
    const about = asker === 'customer' && asksAboutAssistant(question) ? kb.byId.get(ABOUT_ENTRY) : undefined;
    if (about) return entryReply(kb, about, question, { lang, asker }, 1, lines(lang));
    // A banking request (a transfer, interest, a loan, closing an account) only borrows our words: answered
    // only when it names reconciliation itself (对账, 回执, statement) and an entry fits it well.
    // A request to look data up, or an attempt to instruct the assistant, is never answered with an entry,
    // whatever words it borrows (and is not sent to the embedding model either).
    const redirect = redirectOf(question);
    const declined = redirect === 'data' || redirect === 'instruction';
    let hits = question.trim() ? search.search(question, asker, vectors ? 20 : 5) : [];
    const similarity = vectors && question.trim() && !declined ? await vectors.similarities(question) : undefined;
    hits = similarity ? fuse(kb, hits, similarity, asker, { floor: semantic.floor, limit: 5 }) : hits.slice(0, 5);
    const offTopic = declined || (redirect !== 'none' && (!mentionsReconciliation(question) || (hits[0]?.score ?? 0) < OFF_TOPIC_FLOOR));
    let decision: Decision = offTopic ? { kind: 'unknown' as const, best: hits[0] } : decide(hits, thresholds);
    // The gate asks whether the entry answers the question (not only whether it is about the same thing).
    const signals = gate && decision.kind !== 'unknown' ? search.signals(question, hits) : undefined;
    if (gate && signals) {
      // Choices between close entries are declined only if the best would not be an answer even alone:
      // a close runner-up says the question is ambiguous, not that no entry answers it. The same holds
      // for a best entry the reranker picked from close ones (decide.ts). The reranker's share stays as it
      // is: read as 1 for choices, it passed nearly every "did you mean" (false accept 0.018 → 0.095 on dev5).
      const alone = decision.kind === 'suggest' || (decision.kind === 'answer' && decision.picked);
      const probability = (s: Signals) => gateProbability(gate, alone ? { ...s, lead: s.score, second: 0 } : s);
      // A story that asks at the end is judged on its question too: the rest of it is not a need left unanswered.
      const tail = search.storyTail(question);
      const tailSignals = tail ? search.signals(tail, hits) : undefined;
      const lexical = Math.max(probability(signals), tailSignals ? probability(tailSignals) : 0);
      // The gate reads words; a paraphrase the embedding model recognises is vouched for by its similarity.
      const best = hits[0] ? kb.entries.indexOf(hits[0].entry) : -1;
      const p = similarity && best >= 0 ? Math.max(lexical, vectorScore(similarity[best] ?? -1, semantic.floor)) : lexical;
      if (p < gateSuggest) decision = { kind: 'unknown', best: hits[0] };
      // An answer that states no fact of the kind asked for (how long, how many, how much …) is at most a choice.
      else if ((p < gateAnswer || signals.typeMismatch > 0) && decision.kind === 'answer') decision = { kind: 'suggest', choices: hits.filter((h) => h.score >= thresholds.suggest).slice(0, MAX_CHOICES) };
    }
    // A story declined as a whole (its own words pull other entries up, as a tie or a low gate) is answered
    // on its last clause when that clause alone gets an answer: the rest of the story only set the scene.
    // On the sets of sets.ts, each without its own phrasings: hit@1 0.7866 → 0.7887, false accept 0.0467 →
    // 0.0480, "did you mean" unchanged (a choice between close entries is left as it is).
    if (decision.kind === 'unknown' && !offTopic) {
      const tail = search.storyTail(question);
      const alone = tail && tail !== question ? await answer(tail, options) : undefined;
      if (alone?.kind === 'answer') return { ...alone, question };
    }
    if (decision.kind === 'unknown') return unknownReply(question, lang, decision.best, contact(lang));
    if (decision.kind === 'suggest') return suggestReply(question, lang, decision.choices);
    const reply = entryReply(kb, decision.hit.entry, question, { lang, asker }, decision.hit.score, lines(lang));
    if (!model) return reply;
    const docs = await retriever(asker, lang).invoke(question);
    const rewritten = await rewriteWithLlm(model, question, docs, lang, timeoutMs);
    if (!rewritten.ok) return reply;
    return { ...reply, answer: rewritten.text, sources: rewritten.cited.map((m) => ({ id: m.id, title: m.title })), rewritten: true };
  }

  function answerEntry(entryId: string, options: AnswerOptions): FaqReply | undefined {
    const entry = kb.byId.get(entryId);
    const asker = options.asker ?? 'customer';
    if (!entry || !visibleTo(entry, asker)) return undefined;
    return entryReply(kb, entry, version(entry, options.lang).title, { lang: options.lang, asker }, 1, lines(options.lang));
  }

  return { kb, search, answer, answerEntry, contact, retriever, semanticReady: () => vectorsBuilt };
}
