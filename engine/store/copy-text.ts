/**
 * PostgreSQL's COPY text format, both ways: one row a line, fields separated by a tab, `\N` for
 * null, and backslash, tab, newline and carriage return escaped with a backslash. Used where a
 * million rows go in or out (imports, a run's lines) and pg's per-row messages and objects cost
 * more than the work itself.
 */

const NEEDS_ESCAPE = /[\\\t\n\r]/;
const ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/** One field as COPY text reads it; null as `\N`. */
export function copyField(value: string | null): string {
  if (value === null) return '\\N';
  return NEEDS_ESCAPE.test(value) ? value.replace(/[\\\t\n\r]/g, (c) => ESCAPES[c]!) : value;
}

const UNESCAPES: Record<string, string> = { b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\' };

/**
 * A field as COPY text writes it, back to its value (`\N` is null). COPY TO writes only the
 * escapes above plus \b \f \v; octal and hex escapes never come out of it, so they are refused.
 */
export function fromCopyField(field: string): string | null {
  if (field === '\\N') return null;
  if (!field.includes('\\')) return field;
  return field.replace(/\\(.)/g, (_, c: string) => {
    const out = UNESCAPES[c];
    if (out === undefined) throw new Error(`COPY text: unexpected escape \\${c}`);
    return out;
  });
}

/**
 * Calls `onRow` with each row of a COPY TO STDOUT text stream, as its raw (still escaped) fields.
 * Chunks may end anywhere, even inside a UTF-8 character; the decoder carries the bytes over.
 */
export async function forEachCopyRow(chunks: AsyncIterable<Buffer>, onRow: (fields: string[]) => void): Promise<void> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let rest = '';
  for await (const chunk of chunks) {
    const text = rest + decoder.decode(chunk, { stream: true });
    let start = 0;
    for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', start)) {
      onRow(text.slice(start, nl).split('\t'));
      start = nl + 1;
    }
    rest = text.slice(start);
  }
  rest += decoder.decode();
  if (rest !== '') throw new Error('COPY text: the stream ended inside a row');
}
