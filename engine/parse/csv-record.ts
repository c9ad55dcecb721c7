/**
 * CSV records from text lines (RFC 4180): fields separated by a delimiter, optionally quoted
 * with `"`, `""` inside quotes for a quote; a quoted field may span lines. Lines without a quote
 * take a fast path (a plain split), which is what canonical files almost always are.
 */
import { lineError } from './fail.ts';
import { MAX_LINE_CHARS, type LineSink } from './text-lines.ts';

/** Receives one record's fields and the line it starts on. */
export type RecordSink = (fields: string[], lineNo: number) => void;

/** Splits one record; null when a quoted field is still open at the end of `text`. */
export function splitRecord(text: string, delimiter: string): string[] | null {
  if (text.indexOf('"') === -1) return text.split(delimiter);
  const fields: string[] = [];
  const d = delimiter.charCodeAt(0);
  let i = 0;
  const n = text.length;
  for (;;) {
    if (i < n && text.charCodeAt(i) === 34) {
      // Quoted field: up to the closing quote, "" stands for one quote.
      let value = '';
      let j = i + 1;
      for (;;) {
        const q = text.indexOf('"', j);
        if (q === -1) return null;
        value += text.slice(j, q);
        if (text.charCodeAt(q + 1) === 34) {
          value += '"';
          j = q + 2;
          continue;
        }
        j = q + 1;
        break;
      }
      // Anything between the closing quote and the delimiter is kept as written (lenient).
      const next = text.indexOf(delimiter, j);
      const tail = next === -1 ? text.slice(j) : text.slice(j, next);
      fields.push(value + tail);
      if (next === -1) return fields;
      i = next + 1;
    } else {
      let j = i;
      while (j < n && text.charCodeAt(j) !== d) j++;
      fields.push(text.slice(i, j));
      if (j >= n) return fields;
      i = j + 1;
    }
  }
}

/**
 * Turns lines into records, joining the lines of a quoted field that spans several. Call
 * `finish()` after the last line: an unclosed quote is an error naming the line it began on.
 */
export function recordAssembler(file: string, delimiter: () => string, onRecord: RecordSink): { line: LineSink; idle: () => boolean; finish: () => void } {
  let pending: string | null = null;
  let pendingLine = 0;
  return {
    line(text, lineNo) {
      if (pending === null) {
        const fields = splitRecord(text, delimiter());
        if (fields !== null) {
          onRecord(fields, lineNo);
          return;
        }
        pending = text;
        pendingLine = lineNo;
        return;
      }
      pending = `${pending}\n${text}`;
      if (pending.length > MAX_LINE_CHARS) throw lineError(file, pendingLine, 'UNCLOSED_QUOTE', { start: pendingLine });
      const fields = splitRecord(pending, delimiter());
      if (fields !== null) {
        pending = null;
        onRecord(fields, pendingLine);
      }
    },
    /** True when no quoted field is open: the next line starts a record of its own. */
    idle: () => pending === null,
    finish() {
      if (pending !== null) throw lineError(file, pendingLine, 'UNCLOSED_QUOTE', { start: pendingLine });
    },
  };
}
