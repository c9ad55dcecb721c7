/**
 * Field phrasings: questions people actually typed (written blind by people who never saw the
 * knowledge base), each labelled afterwards with the entry that answers it, kept in
 * `<kb>/field/phrasings.yaml` and searched as further alternatives of that entry. They teach the
 * search how people word a need that the entry's own phrasings do not, which hand-written
 * alternatives never covered (see README, "FAQ").
 *
 * One phrasing per line, `- { entry: <id>, set: <where it came from>, q: "<question>" }`; a phrasing
 * with Chinese in it joins the entry's Chinese alternatives, any other its English ones. A question
 * no entry answers is kept too, as `- { decline: out | gap, set, q }`: the answer gate weighs how
 * much a new question resembles those (search.ts, `declinedLike`). `set`
 * names the labelled question set the phrasing was taken from, so an evaluation can leave that set's
 * own phrasings out and still measure questions the search has never seen.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { ParseError } from '../../engine/errors.ts';
import { hasChinese } from './fold.ts';
import type { KbEntry, KnowledgeBase } from './schema.ts';

export const FIELD_FILE = join('field', 'phrasings.yaml');
const CODE = 'FAQ.BAD_KB';

const set = z.string().regex(/^[a-z0-9-]+$/, 'must be lowercase words joined by "-"');
const q = z.string().trim().min(1, 'must not be empty').max(500);
/** A question and the entry that answers it, or (`decline`) a question no entry answers: out of scope, or a gap. */
const AnsweredSchema = z.strictObject({ entry: z.string().min(1), set, q });
const DeclinedSchema = z.strictObject({ decline: z.enum(['out', 'gap']), set, q });
export type FieldPhrasing = z.infer<typeof AnsweredSchema> | z.infer<typeof DeclinedSchema>;

/** Reads a field phrasings file's text; `file` is only used in error messages (with the line). */
export function parseFieldPhrasings(file: string, text: string): FieldPhrasing[] {
  const out: FieldPhrasing[] = [];
  let header = false;
  text.split('\n').forEach((raw, i) => {
    const line = raw.trimEnd();
    if (line.trim() === '' || line.trimStart().startsWith('#')) return;
    if (line === 'phrasings:') {
      header = true;
      return;
    }
    const item = /^\s*- (\{.*\})$/.exec(line);
    if (!header || !item) throw new ParseError({ file, line: i + 1 }, 'expected "phrasings:" and then one "- { entry | decline, set, q }" per line', CODE);
    let value: unknown;
    try {
      value = parseYaml(item[1]!);
    } catch (err) {
      throw new ParseError({ file, line: i + 1 }, `not valid YAML: ${err instanceof Error ? err.message.split('\n')[0]! : String(err)}`, CODE);
    }
    const declined = typeof value === 'object' && value !== null && 'decline' in value;
    const parsed = declined ? DeclinedSchema.safeParse(value) : AnsweredSchema.safeParse(value);
    if (!parsed.success) {
      throw new ParseError({ file, line: i + 1 }, parsed.error.issues.map((p) => `${p.path.join('.') || '(phrasing)'}: ${p.message}`).join('; '), CODE);
    }
    out.push(parsed.data);
  });
  return out;
}

/** The field phrasings of a knowledge-base folder, or none when it has no `field/phrasings.yaml`. */
export function loadFieldPhrasings(kbDir: string): FieldPhrasing[] {
  const path = join(kbDir, FIELD_FILE);
  return existsSync(path) ? parseFieldPhrasings(FIELD_FILE, readFileSync(path, 'utf8')) : [];
}

/**
 * The knowledge base with each entry's field phrasings added to its alternatives (those of the sets
 * in `leaveOut` excepted). A phrasing naming no entry stops the load, naming the file and entry.
 */
export function withFieldPhrasings(kb: KnowledgeBase, phrasings: readonly FieldPhrasing[], leaveOut: ReadonlySet<string> = new Set()): KnowledgeBase {
  const extra = new Map<string, { zh: string[]; en: string[] }>();
  const declined = { zh: [...(kb.declined?.zh ?? [])], en: [...(kb.declined?.en ?? [])] };
  for (const p of phrasings) {
    if ('entry' in p && !kb.byId.has(p.entry)) throw new ParseError({ file: FIELD_FILE, entry: p.entry }, `"${p.q}" names no entry`, CODE);
    if (leaveOut.has(p.set)) continue;
    const e = 'entry' in p ? (extra.get(p.entry) ?? { zh: [], en: [] }) : declined;
    (hasChinese(p.q) ? e.zh : e.en).push(p.q);
    if ('entry' in p) extra.set(p.entry, e);
  }
  const entries: KbEntry[] = kb.entries.map((e) => {
    const x = extra.get(e.id);
    return x ? { ...e, zh: { ...e.zh, alternatives: [...e.zh.alternatives, ...x.zh] }, en: { ...e.en, alternatives: [...e.en.alternatives, ...x.en] } } : e;
  });
  return { entries, byId: new Map(entries.map((e) => [e.id, e])), declined };
}
