/** Renders an engine error as the one line a person reads, in their language. */
import { EngineError, ParseError, formatLocation } from '../errors.ts';
import { fill, messages, type Lang } from '../i18n/index.ts';

/**
 * One line for stderr or a chat reply: `FILE 第 N 行：原因` / `FILE:N: reason`. A ParseError
 * with a known reason key is translated; any other EngineError keeps its (English) message.
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
  if (err instanceof EngineError) return err.message;
  if (err instanceof Error) return err.message;
  return String(err);
}
