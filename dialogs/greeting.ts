/** The greeting sent when somebody opens a conversation with the bot (by role: name for staff). */
import { fill, messages, type Lang } from '../engine/i18n/index.ts';
import { outside } from './flow/text.ts';
import type { Person } from './ports.ts';

export function greetingText(person: Person, lang: Lang): string {
  const t = messages(lang).bot;
  const name = person.role === 'customer' || !person.name ? '' : fill(t.greetingName, { name: outside(person.name) });
  return fill(t.greeting, { name });
}
