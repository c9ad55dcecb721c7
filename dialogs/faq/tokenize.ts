/**
 * Turns a text into search terms, in two channels:
 * - `words`: jieba segmentation with the domain glossary (so 余额调节表 stays whole), stopwords
 *   dropped, synonyms mapped; English words lowercased and lightly stemmed;
 * - `grams`: character bigrams over the Chinese content (and trigrams of longer English words), a
 *   fallback that still matches when a typo or an unknown word defeats the segmenter; plus adjacent
 *   English word pairs (`balanc_stat`), which keep some of an English question's word order.
 * Terms are returned in text order, duplicates kept (term frequency matters for the index).
 */
import { add_word, cut_for_search } from 'jieba-wasm';
import { decolloquialize } from './colloquial.ts';
import { fold } from './fold.ts';
import { EN_EXPANSIONS, EN_SYNONYMS, EN_TO_ZH, TERMS, ZH_SYNONYMS } from './glossary.ts';
import { stem } from './stem.ts';
import { EN_STOPWORDS, ZH_STOPWORDS } from './stopwords.ts';

export interface Terms {
  words: string[];
  grams: string[];
}

let glossaryLoaded = false;
/** Adds the glossary to jieba once per process (jieba's dictionary is global). */
function ensureGlossary(): void {
  if (glossaryLoaded) return;
  for (const term of [...TERMS, ...Object.keys(ZH_SYNONYMS)]) add_word(term, 200_000, 'n');
  glossaryLoaded = true;
}

const CJK_CHAR = /[\u3400-\u9fff]/;
const LATIN_WORD = /^[a-z0-9]+$/;

function bigrams(segment: string, out: string[]): void {
  const chars = [...segment];
  if (chars.length === 1) out.push(`~${chars[0]}`);
  for (let i = 0; i + 1 < chars.length; i++) out.push(`~${chars[i]}${chars[i + 1]}`);
}

/**
 * What kind of question it is, as a term of its own: "what is X" and "why X" ask for different
 * entries about the same X (什么是余额调节表 / 余额调节表怎么编), and the stopword list drops
 * the words that say so.
 */
const CUES: readonly (readonly [RegExp, string])[] = [
  [/什么是|是什么|什么意思|啥意思|是啥|什么叫|指什么|指的是|介绍|了解一?下|说说|讲讲|\bwhat (is|are)\b|\bmeaning\b|\bmean\b|\btell me about\b|\bexplain/, '?define'],
  [/为什么|为啥|为何|\bwhy\b/, '?why'],
  [/在哪|哪里|哪儿|哪个菜单|哪个栏目|哪个页面|入口|\bwhere\b|\bwhich menu\b/, '?where'],
  [/怎么(做|操作|弄|用|对账|确认|提交|办理)|如何(做|操作|对账|确认|提交)|\bhow (do|to|can)\b/, '?how'],
];

/**
 * When English words are translated to the Chinese word the knowledge base uses (EN_TO_ZH): `auto`
 * in a text whose Chinese characters outnumber its English words (the Chinese index reads it),
 * `always` in any text with Chinese characters (for the Chinese index, whatever the mix), `never`
 * (for the English index).
 */
export type Translate = 'auto' | 'always' | 'never';

/** Splits a text into word terms and fallback gram terms (see the file comment). */
export function tokenize(text: string, translate: Translate = 'auto'): Terms {
  ensureGlossary();
  const folded = decolloquialize(fold(text));
  // English words in a mostly Chinese text ("回执overdue了怎么办") are searched in the Chinese index:
  // translate the ones we know. An English text quoting a Chinese menu name stays English.
  const cjk = folded.match(/[\u3400-\u9fff]/g)?.length ?? 0;
  const chinese = translate === 'never' ? false : translate === 'always' ? cjk > 0 : cjk >= (folded.match(/[a-z]{2,}/g)?.length ?? 0);
  const words: string[] = CUES.filter(([re]) => re.test(folded)).map(([, cue]) => cue);
  const grams: string[] = [];
  let segment = '';
  const flush = (): void => {
    if (segment) bigrams(segment, grams);
    segment = '';
  };
  const cut = cut_for_search(folded, false);
  // The last English word kept, for the word pairs; a Chinese word, punctuation or a translation breaks the pair.
  let prev = '';
  // jieba splits an English word around a glossary word inside it (approval → app + roval, happens →
  // h + app + ens, then read as "mobile banking"): adjacent ASCII pieces are one word again.
  for (let i = cut.length - 1; i > 0; i--) if (/^[a-z0-9]+$/.test(cut[i]!) && /^[a-z0-9]+$/.test(cut[i - 1]!)) cut.splice(i - 1, 2, cut[i - 1]! + cut[i]!);
  for (const raw of cut) {
    const token = raw.trim();
    if (!token) continue;
    if (!/[a-z0-9]/.test(token)) prev = '';
    if (CJK_CHAR.test(token)) {
      prev = '';
      if (ZH_STOPWORDS.has(token)) {
        flush();
        continue;
      }
      segment += token;
      words.push(ZH_SYNONYMS[token] ?? token);
      continue;
    }
    flush();
    // jieba keeps ASCII runs together ("u盾" excepted, handled by the glossary above).
    for (const typed of token.split(/[^a-z0-9]+/)) {
      for (const piece of EN_EXPANSIONS[typed] ?? [typed]) {
        // Bare numbers are account numbers, amounts or dates: never what a question is about.
        if (piece.length < 2 || !LATIN_WORD.test(piece) || /^\d+$/.test(piece) || EN_STOPWORDS.has(piece)) continue;
        const stemmed = stem(piece);
        const word = EN_SYNONYMS[stemmed] ?? stemmed;
        const zh = chinese ? EN_TO_ZH[word] : undefined;
        if (zh) {
          // A target of several words ('未 匹配') is the words the segmenter makes of the Chinese.
          for (const z of zh.split(' ')) words.push(ZH_SYNONYMS[z] ?? z);
          bigrams(zh.replace(/ /g, ''), grams);
          prev = '';
          continue;
        }
        words.push(word);
        // Adjacent English words as one gram term (balanc_stat is not stat_balanc): some word order back in a
        // bag of words. In the gram channel, so the word channel (phrasings, gate signals) is unchanged.
        if (prev) grams.push(`${prev}_${word}`);
        prev = word;
        if (word.length >= 5) for (let i = 0; i + 3 <= word.length; i++) grams.push(`~${word.slice(i, i + 3)}`);
      }
    }
  }
  flush();
  return { words, grams };
}
