/**
 * The knowledge base's shape, checked with zod when the YAML files are read. One file per topic,
 * each a list of entries with a zh-CN and an English version of the same answer.
 */
import { z } from 'zod';

export const AUDIENCES = ['staff', 'customer', 'both'] as const;
export type Audience = (typeof AUDIENCES)[number];
/** Who is asking: staff see every entry, customers see `customer` and `both` entries only. */
export type Asker = 'staff' | 'customer';

const text = z.string().trim().min(1, 'must not be empty');

export const KbVersionSchema = z.strictObject({
  title: text,
  answer: text,
  /**
   * The answer as customers see it, for an entry of audience `both` whose `answer` also says what
   * staff do (whom staff call, the system administrator): customers never see those lines.
   */
  customerAnswer: text.optional(),
  alternatives: z.array(text).min(1, 'needs at least one alternative phrasing'),
});

export const KbEntrySchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lowercase words joined by "-"'),
  audience: z.enum(AUDIENCES),
  tags: z.array(text).default([]),
  followUps: z.array(z.string()).default([]),
  zh: KbVersionSchema,
  en: KbVersionSchema,
});

export const KbFileSchema = z.strictObject({
  topic: z.string().regex(/^[a-z0-9-]+$/, 'must be lowercase words joined by "-"'),
  entries: z.array(z.unknown()).min(1, 'needs at least one entry'),
});

export type KbVersion = z.infer<typeof KbVersionSchema>;
export type KbEntry = z.infer<typeof KbEntrySchema> & { topic: string; file: string };

/** The answer text `asker` may see (customers get `customerAnswer` where the entry has one). */
export function answerFor(v: KbVersion, asker: Asker): string {
  return asker === 'customer' && v.customerAnswer ? v.customerAnswer : v.answer;
}

/** Whether an entry may be shown to someone asking as `asker`. */
export function visibleTo(entry: Pick<KbEntry, 'audience'>, asker: Asker): boolean {
  return asker === 'staff' || entry.audience !== 'staff';
}

export interface KnowledgeBase {
  /** Entries sorted by id. */
  readonly entries: readonly KbEntry[];
  readonly byId: ReadonlyMap<string, KbEntry>;
  /**
   * Questions people asked that no entry answers (out of scope, or a need nobody wrote down), from
   * the field phrasings: the answer gate weighs how closely a question resembles one of them.
   */
  readonly declined?: { readonly zh: readonly string[]; readonly en: readonly string[] };
}
