/** Table rows for the dialog tests: what a person does at each step and what they must see. */
import { expect } from 'vitest';
import type { Chat } from './support/harness.ts';

export type Step =
  /** Types a message. */
  | { say: string; see: string | RegExp; notSee?: string | RegExp }
  /** Presses the last card's button whose title contains `press`, with the card's text field. */
  | { press: string; text?: string; see: string | RegExp; notSee?: string | RegExp }
  /** Sends a raw card submit (forged, stale). `value` may be built from the last card's buttons. */
  | { submit: (c: Chat) => unknown; see: string | RegExp; notSee?: string | RegExp };

/** Runs the steps in order, checking every reply. */
export async function walk(chat: Chat, steps: readonly Step[]): Promise<void> {
  for (const [i, s] of steps.entries()) {
    const reply = 'say' in s ? await chat.say(s.say) : 'press' in s ? await chat.press(s.press, s.text) : await chat.submit(s.submit(chat));
    const where = `step ${i + 1} (${'say' in s ? s.say : 'press' in s ? s.press : 'submit'})`;
    if (typeof s.see === 'string') expect(reply, where).toContain(s.see);
    else expect(reply, where).toMatch(s.see);
    if (s.notSee !== undefined) {
      if (typeof s.notSee === 'string') expect(reply, where).not.toContain(s.notSee);
      else expect(reply, where).not.toMatch(s.notSee);
    }
  }
}
