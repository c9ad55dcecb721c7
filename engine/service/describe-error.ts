/**
 * One line for a person from a store error, in their language (engine/i18n/<lang>/store.ts),
 * with state and action names translated. The CLI prints it; the bot can reply with it.
 */
import { EngineError } from '../errors.ts';
import { fill, messages, type Lang } from '../i18n/index.ts';

/** The person-facing line for a STORE.* error; other errors keep their own message. */
export function describeStoreError(err: EngineError, lang: Lang): string {
  const t = messages(lang).store;
  const template = t.errors[err.code];
  if (template === undefined) return err.message;
  const values: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(err.details)) {
    if (typeof v === 'string' || typeof v === 'number') values[k] = v;
  }
  const state = values['state'];
  if (typeof state === 'string' && state in t.states) values['state'] = t.states[state as keyof typeof t.states];
  const action = values['action'];
  if (typeof action === 'string' && action in t.actions) values['action'] = t.actions[action as keyof typeof t.actions];
  for (const key of ['role', 'needed']) {
    const role = values[key];
    if (typeof role === 'string' && role in t.roles) values[key] = t.roles[role as keyof typeof t.roles];
  }
  return fill(template, values);
}

/** True for the errors the store raises on refused input (as opposed to broken invariants). */
export function isStoreError(err: unknown): err is EngineError {
  return err instanceof EngineError && err.code.startsWith('STORE.') && err.code !== 'STORE.INTERNAL';
}
