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
 * Calls `onRow(text, ends)` for each row of a COPY TO STDOUT text stream of `fields` columns,
 * without cutting the row into strings: field i of the row runs from `ends[i - 1] + 1` (from
 * `ends[-1]`, i.e. `start`, for the first) to `ends[i]`, the tab or newline after it, still
 * escaped. A run reads a million rows and keeps a few fields of each: splitting every row into
 * an array of strings and dropping most of them cost more than the server's side of the COPY.
 * `ends` is the same array for every row. A row with another number of fields is an error.
 */
export async function forEachCopyRowAt(chunks: AsyncIterable<Buffer>, fields: number, onRow: (text: string, start: number, ends: Int32Array) => void): Promise<void> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const ends = new Int32Array(fields);
  const last = fields - 1;
  let rest = '';
  let failed: { error: unknown } | null = null;
  for await (const chunk of chunks) {
    // After a failure the rest of the stream is still read (and dropped): leaving a COPY TO
    // unread would leave the connection in the middle of it, and the ROLLBACK behind it waiting.
    if (failed) continue;
    try {
      const text = rest + decoder.decode(chunk, { stream: true });
      let start = 0;
      for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', start)) {
        let at = start;
        for (let i = 0; i < last; i++) {
          const tab = text.indexOf('\t', at);
          if (tab === -1 || tab > nl) throw new Error(`COPY text: a row has fewer than ${fields} fields`);
          ends[i] = tab;
          at = tab + 1;
        }
        const extra = text.indexOf('\t', at);
        if (extra !== -1 && extra < nl) throw new Error(`COPY text: a row has more than ${fields} fields`);
        ends[last] = nl;
        onRow(text, start, ends);
        start = nl + 1;
      }
      rest = text.slice(start);
    } catch (error) {
      failed = { error };
    }
  }
  if (failed) throw failed.error;
  rest += decoder.decode();
  if (rest !== '') throw new Error('COPY text: the stream ended inside a row');
}

/**
 * Rows of COPY text (escaped, each ending in a newline) written straight into Buffers of about
 * `size` bytes, the chunks a COPY FROM STDIN is fed with. Concatenating thousands of rows into
 * one string and encoding that cost more than the rows themselves (bench:store profile).
 */
export class CopyChunks {
  private buf: Buffer;
  private at = 0;

  constructor(private readonly size = 1 << 20) {
    this.buf = Buffer.allocUnsafe(size);
  }

  /** Adds a row; returns the chunk filled so far when the row did not fit in it, else null. */
  add(row: string): Buffer | null {
    // UTF-8 takes at most 3 bytes per UTF-16 code unit.
    const room = row.length * 3;
    let full: Buffer | null = null;
    if (this.at + room > this.buf.length) {
      full = this.take();
      if (room > this.buf.length) this.buf = Buffer.allocUnsafe(room);
    }
    this.at += this.buf.write(row, this.at, 'utf8');
    return full;
  }

  /** The rows added since the last chunk, or null when there are none. */
  take(): Buffer | null {
    if (this.at === 0) return null;
    const out = this.buf.subarray(0, this.at);
    this.buf = Buffer.allocUnsafe(this.size);
    this.at = 0;
    return out;
  }
}
