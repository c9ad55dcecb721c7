/** Renders an engine error as the one line a person reads, in their language. */
import { EngineError, ParseError, formatLocation } from '../errors.ts';
import { fill, messages, type Lang } from '../i18n/index.ts';

/**
 * One line for stderr or a chat reply: `FILE 第 N 行：原因` / `FILE:N: reason`. A ParseError
 * with a known reason key is translated, and so is an EngineError whose details name a key of
 * `parse.engine` (two files that cannot be reconciled together); any other keeps its message.
 */
export function describeError(err: unknown, lang: Lang): string {
  if (err instanceof ParseError && err.reasonKey !== null) {
    const t = messages(lang).parse;
    const reasons: Readonly<Record<string, string>> = t.reasons;
    const template = reasons[err.reasonKey];
    if (template !== undefined) {
      const loc = err.location;
      const where =
        loc.line !== undefined
          ? fill(t.location.line, { file: loc.file, line: loc.line })
          : loc.entry !== undefined
            ? fill(t.location.entry, { file: loc.file, entry: loc.entry })
            : fill(t.location.file, { file: loc.file });
      return `${where}${t.location.separator}${fill(template, err.params)}`;
    }
    return `${formatLocation(err.location)}: ${err.reason}`;
  }
  if (err instanceof EngineError) return describeEngineError(err, lang) ?? err.message;
  if (err instanceof Error) return err.message;
  return String(err);
}

/**
 * The line for an engine error raised while two sides are put together (engine/lines,
 * engine/match): its details carry `key` and `params`; null when they do not.
 */
function describeEngineError(err: EngineError, lang: Lang): string | null {
  const { key, params } = err.details as { key?: unknown; params?: unknown };
  const t = messages(lang).parse.engine;
  const templates: Readonly<Record<string, unknown>> = t;
  const template = typeof key === 'string' ? templates[key] : undefined;
  if (typeof template !== 'string' || typeof params !== 'object' || params === null) return null;
  const values: Record<string, string | number> = { ...(params as Record<string, string | number>) };
  const side = values['side'];
  if (side === 'bank' || side === 'ledger') values['side'] = t.sides[side];
  return fill(template, values);
}
