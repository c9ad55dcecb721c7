/**
 * Card submits, zod-checked. Card buttons arrive as a message with `value` (Action.Submit) and no
 * text; anything that does not parse (forged, from an old card version, garbage) is "stale" and
 * gets a polite reply instead of an action. Three kinds:
 * - a step submit answers the step of a running dialog (flow, token of the dialog instance, step);
 *   a token or step that does not match is a stale card and changes nothing;
 * - an entry submit starts a dialog from a card outside one (the approval card's buttons, the
 *   run summary's "处理差异" button). What it names is checked again against the store;
 * - a card submit of the main dialog: FAQ feedback (👍/👎) and the summary's status button.
 */
import { z } from 'zod';

export const STEP_SUBMIT_VERSION = 1;

export const StepSubmitSchema = z.object({
  flow: z.string().min(1).max(40),
  v: z.literal(STEP_SUBMIT_VERSION),
  token: z.string().min(1).max(64),
  step: z.string().min(1).max(40),
  choice: z.string().max(200).optional(),
  cmd: z.enum(['cancel', 'back', 'help', 'next', 'prev']).optional(),
  /** The card's text field (Action.Submit merges inputs into the data). */
  text: z.string().max(2000).optional(),
});
export type StepSubmit = z.infer<typeof StepSubmitSchema>;

const StoreId = z.string().regex(/^\d{1,18}$/);

export const EntrySubmitSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('resolve.start'), v: z.literal(1), account: z.string().regex(/^\d{4,34}$/).optional() }),
  z.object({ action: z.literal('approval.list'), v: z.literal(1) }),
  z.object({
    action: z.literal('approval.decide'),
    v: z.literal(1),
    differenceId: StoreId,
    version: z.number().int().positive(),
    decision: z.enum(['approve', 'reject']),
    /** The card's comment field. */
    text: z.string().max(2000).optional(),
  }),
]);
export type EntrySubmit = z.infer<typeof EntrySubmitSchema>;

/** The step submit in an activity's value, or null. */
export function parseStepSubmit(value: unknown): StepSubmit | null {
  const r = StepSubmitSchema.safeParse(value);
  return r.success ? r.data : null;
}

/** The entry submit in an activity's value, or null. */
export function parseEntrySubmit(value: unknown): EntrySubmit | null {
  const r = EntrySubmitSchema.safeParse(value);
  return r.success ? r.data : null;
}

/** What identifies an entry button (its comment field aside): the same key, the same operation. Null for other values. */
export function entryKey(value: unknown): string | null {
  const entry = parseEntrySubmit(value);
  if (!entry) return null;
  const { action, ...rest } = entry;
  const { text: _comment, ...args } = rest as Record<string, unknown>;
  return JSON.stringify([action, Object.keys(args).sort().map((k) => [k, args[k]])]);
}

/** True when the value looks like one of our step submits, valid or not (a stale or forged card). */
export function looksLikeStepSubmit(value: unknown): boolean {
  return typeof value === 'object' && value !== null && 'flow' in value && 'step' in value;
}

/** Version of the main dialog's card submits (FAQ feedback, status). */
export const CARD_VERSION = 1;

const FeedbackSubmit = z.object({
  action: z.literal('faq.feedback'),
  v: z.literal(CARD_VERSION),
  answerId: z.string().min(1).max(200),
  helpful: z.boolean(),
});

const StatusSubmit = z.object({
  action: z.literal('status.show'),
  v: z.literal(CARD_VERSION),
  accountHint: z.string().regex(/^\d{4,34}$/).optional(),
});

/** A "did you mean" choice or a follow-up question clicked on an FAQ card: answer that entry. */
const FaqPickSubmit = z.object({
  action: z.literal('faq.pick'),
  v: z.literal(CARD_VERSION),
  entryId: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/).max(80),
});

export const CardSubmitSchema = z.discriminatedUnion('action', [FeedbackSubmit, StatusSubmit, FaqPickSubmit]);
export type CardSubmit = z.infer<typeof CardSubmitSchema>;

/** The submit's action, or null when the payload is not one this bot issued. */
export function parseCardSubmit(value: unknown): CardSubmit | null {
  const parsed = CardSubmitSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}
