/**
 * Streams a file as text lines: chunks are decoded as they arrive and split on LF (CRLF and
 * LF both accepted), so a file of several GB is never held whole. `maxLines` and a line-length
 * cap turn a runaway input into PARSE.TOO_LARGE / LINE_TOO_LONG instead of an out-of-memory crash.
 */
import iconv from 'iconv-lite';
import { chooseDecoder, type EncodingChoice, type TextDecoderLike } from './decode.ts';
import { lineError, parseError } from './fail.ts';
import { peek } from './source.ts';
import type { ByteSource } from './types.ts';

export const DEFAULT_MAX_LINES = 5_000_000;
/** No statement line is this long; a file that has one is not a statement (or not text). */
export const MAX_LINE_CHARS = 1_000_000;

export interface TextOptions {
  readonly file: string;
  readonly maxLines: number;
  readonly encoding: EncodingChoice;
}

/** Receives each line (without its line break) and its 1-based number. May throw to stop. */
export type LineSink = (line: string, lineNo: number) => void;

/**
 * Calls `onLine` for every line of the file in order and returns the number of lines.
 * Throws EMPTY_FILE for a file without bytes, WRONG_ENCODING / INVALID_BYTES for text that is
 * not UTF-8 or GBK, TOO_LARGE past `maxLines`.
 */
export async function forEachLine(input: ByteSource, options: TextOptions, onLine: LineSink): Promise<number> {
  const { head, source } = await peek(input);
  if (head.length === 0) throw parseError({ file: options.file }, 'EMPTY_FILE');
  const decoder = chooseDecoder(head, options.file, options.encoding);
  const { file, maxLines } = options;
  let rest = '';
  let count = 0;

  const push = (text: string): void => {
    const s = rest.length > 0 ? rest + text : text;
    let start = 0;
    for (;;) {
      const nl = s.indexOf('\n', start);
      if (nl === -1) break;
      const end = nl > start && s.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
      if (++count > maxLines) throw lineError(file, count, 'TOO_LARGE', { max: maxLines });
      onLine(s.slice(start, end), count);
      start = nl + 1;
    }
    rest = start === 0 ? s : s.slice(start);
    if (rest.length > MAX_LINE_CHARS) throw lineError(file, count + 1, 'LINE_TOO_LONG', { max: MAX_LINE_CHARS });
  };

  for await (const chunk of source) {
    let text: string;
    try {
      text = decoder.decode(chunk);
    } catch {
      // Name the line of the first bad byte: count the line breaks before it.
      const loose = looseDecode(chunk, decoder.encoding);
      const before = rest + loose.slice(0, Math.max(0, loose.indexOf('\ufffd')));
      let line = count + 1;
      for (let i = before.indexOf('\n'); i !== -1; i = before.indexOf('\n', i + 1)) line++;
      throw badBytes(decoder, file, line);
    }
    push(text);
  }
  push(endAt(decoder, file, count + 1));
  if (rest.length > 0) {
    if (++count > maxLines) throw lineError(file, count, 'TOO_LARGE', { max: maxLines });
    onLine(rest.charCodeAt(rest.length - 1) === 13 ? rest.slice(0, -1) : rest, count);
  }
  return count;
}

/**
 * The whole file as one string (for XML), with the same encoding rules and limits: at most
 * `maxLines` lines and `maxChars` characters.
 */
export async function readAllText(input: ByteSource, options: TextOptions, maxChars = 256 * 1024 * 1024): Promise<string> {
  const { head, source } = await peek(input);
  if (head.length === 0) throw parseError({ file: options.file }, 'EMPTY_FILE');
  const decoder = chooseDecoder(head, options.file, options.encoding);
  const parts: string[] = [];
  let chars = 0;
  let lines = 1;
  const add = (text: string): void => {
    chars += text.length;
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lines++;
    if (lines > options.maxLines) throw lineError(options.file, lines, 'TOO_LARGE', { max: options.maxLines });
    if (chars > maxChars) throw lineError(options.file, lines, 'LINE_TOO_LONG', { max: maxChars });
    parts.push(text);
  };
  for await (const chunk of source) add(decodeAt(decoder, chunk, options.file, lines));
  add(endAt(decoder, options.file, lines));
  return parts.join('');
}

function looseDecode(chunk: Uint8Array, encoding: 'utf-8' | 'gbk'): string {
  return encoding === 'gbk'
    ? iconv.decode(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length), 'gb18030')
    : new TextDecoder('utf-8').decode(chunk);
}

function badBytes(decoder: TextDecoderLike, file: string, line: number) {
  return lineError(file, line, 'INVALID_BYTES', { encoding: decoder.encoding === 'gbk' ? 'GBK' : 'UTF-8' });
}

function decodeAt(decoder: TextDecoderLike, chunk: Uint8Array, file: string, line: number): string {
  try {
    return decoder.decode(chunk);
  } catch {
    throw badBytes(decoder, file, line);
  }
}

function endAt(decoder: TextDecoderLike, file: string, line: number): string {
  try {
    return decoder.end();
  } catch {
    throw badBytes(decoder, file, line);
  }
}
