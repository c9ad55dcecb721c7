/**
 * Reads the knowledge base (one YAML file per topic under kb/) and checks it: every entry valid,
 * ids unique across files, follow-ups pointing at existing entries. Any problem stops the load
 * with one ParseError naming the file and the entry.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { ParseError } from '../../engine/errors.ts';
import { loadFieldPhrasings, withFieldPhrasings } from './field.ts';
import { KbEntrySchema, KbFileSchema, type KbEntry, type KnowledgeBase } from './schema.ts';

export const DEFAULT_KB_DIR = fileURLToPath(new URL('./kb/', import.meta.url));
const KB_CODE = 'FAQ.BAD_KB';

export type { KnowledgeBase };

function issues(error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }): string {
  return error.issues.map((i) => `${i.path.map(String).join('.') || '(entry)'}: ${i.message}`).join('; ');
}

const CJK = '\u3000-\u303f\u3400-\u9fff\uff00-\uffef';
const BETWEEN_CJK = new RegExp(`([${CJK}])\\s+(?=[${CJK}])`, 'g');

/** YAML folds line breaks into spaces; Chinese has no spaces between characters, so drop those. */
function tidyChinese(v: KbEntry['zh']): KbEntry['zh'] {
  const tidy = (t: string) => t.replace(BETWEEN_CJK, '$1');
  return {
    title: tidy(v.title),
    answer: tidy(v.answer),
    ...(v.customerAnswer ? { customerAnswer: tidy(v.customerAnswer) } : {}),
    alternatives: v.alternatives.map(tidy),
  };
}

/** Parses one topic file's text; `file` is only used in error messages. */
export function parseKbFile(file: string, text: string): KbEntry[] {
  let raw: unknown;
  try {
    raw = parseYaml(text);
  } catch (err) {
    throw new ParseError({ file }, `not valid YAML: ${err instanceof Error ? err.message.split('\n')[0]!.replace(/:\s*$/, '') : String(err)}`, KB_CODE);
  }
  const top = KbFileSchema.safeParse(raw);
  if (!top.success) throw new ParseError({ file }, issues(top.error), KB_CODE);
  return top.data.entries.map((item, index) => {
    const parsed = KbEntrySchema.safeParse(item);
    const label = typeof item === 'object' && item !== null && 'id' in item && typeof item.id === 'string' ? item.id : `#${index + 1}`;
    if (!parsed.success) throw new ParseError({ file, entry: label }, issues(parsed.error), KB_CODE);
    return { ...parsed.data, zh: tidyChinese(parsed.data.zh), topic: top.data.topic, file };
  });
}

/** Checks cross-entry rules (unique ids, existing follow-ups) and indexes the entries. */
export function buildKnowledgeBase(entries: readonly KbEntry[]): KnowledgeBase {
  const byId = new Map<string, KbEntry>();
  for (const e of entries) {
    const seen = byId.get(e.id);
    if (seen) throw new ParseError({ file: e.file, entry: e.id }, `duplicate id, already used in ${seen.file}`, KB_CODE);
    byId.set(e.id, e);
  }
  for (const e of entries) {
    for (const f of e.followUps) {
      if (!byId.has(f)) throw new ParseError({ file: e.file, entry: e.id }, `follow-up "${f}" is not an entry id`, KB_CODE);
      if (f === e.id) throw new ParseError({ file: e.file, entry: e.id }, 'follows up on itself', KB_CODE);
    }
  }
  const sorted = [...entries].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { entries: sorted, byId };
}

/**
 * Loads every `*.yaml` file of `dir` (default: dialogs/faq/kb), in name order, with the field
 * phrasings of `dir/field/phrasings.yaml` added to their entries' alternatives (dialogs/faq/field.ts;
 * those of the sets in `leaveOutFieldSets` left out, for measuring a set the search has not seen).
 */
export function loadKnowledgeBase(dir: string = DEFAULT_KB_DIR, options: { leaveOutFieldSets?: ReadonlySet<string> } = {}): KnowledgeBase {
  const files = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort();
  if (files.length === 0) throw new ParseError({ file: dir }, 'no .yaml files in the knowledge base folder', KB_CODE);
  const entries = files.flatMap((f) => parseKbFile(basename(f), readFileSync(join(dir, f), 'utf8')));
  return withFieldPhrasings(buildKnowledgeBase(entries), loadFieldPhrasings(dir), options.leaveOutFieldSets);
}
