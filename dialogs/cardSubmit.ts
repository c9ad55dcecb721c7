/**
 * Card buttons arrive as a message with `value` (Action.Submit) and no text. Every payload is
 * parsed here; anything else (forged, from an old card version, garbage) is "stale" and gets a
 * polite reply instead of an action.
 */
import { z } from 'zod';

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

export const CardSubmitSchema = z.discriminatedUnion('action', [FeedbackSubmit, StatusSubmit]);
export type CardSubmit = z.infer<typeof CardSubmitSchema>;

/** The submit's action, or null when the payload is not one this bot issued. */
export function parseCardSubmit(value: unknown): CardSubmit | null {
  const parsed = CardSubmitSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}
