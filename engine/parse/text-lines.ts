/**
 * Streams a file as text lines: chunks are decoded as they arrive and split on LF (CRLF and
 * LF both accepted), so a file of several GB is never held whole. `maxLines` and a line-length
 * cap turn a runaway input into PARSE.TOO_LARGE / LINE_TOO_LONG instead of an out-of-memory crash.
 */
import { isUtf8 } from 'node:buffer';
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
 * Offered each line of a UTF-8 file first as its bytes, one Latin-1 character per byte (the
 * bytes are valid UTF-8, already checked): the line is `bytes.slice(from, to)` (not cut out, a
 * million lines need no million substrings); `quoted` tells whether it holds a double quote (the
 * CSV readers' fast path does not take such lines; found once per chunk, not by a scan per line
 * that would run on past the line's end). Returns true when it took the line, false to have it
 * decoded and handed to the LineSink. ASCII fields cut from such a line are one-byte strings,
 * half the size of the same characters cut from decoded text that holds any Chinese.
 * `cut(a, b)` is `bytes.slice(a, b)` as a string of its own, made from the file's bytes in one
 * step (a slice of 13 or more characters would be a view that keeps the whole chunk alive).
 */
export type RawLineSink = (bytes: string, from: number, to: number, quoted: boolean, lineNo: number, cut: (a: number, b: number) => string) => boolean;

/**
 * Calls `onLine` for every line of the file in order and returns the number of lines.
 * Throws EMPTY_FILE for a file without bytes, WRONG_ENCODING / INVALID_BYTES for text that is
 * not UTF-8 or GBK (a lone surrogate encoded in UTF-8 is such bytes), NUL_BYTE for a NUL,
 * TOO_LARGE past `maxLines`.
 */
export async function forEachLine(input: ByteSource, options: TextOptions, onLine: LineSink, onRaw?: RawLineSink): Promise<number> {
  const { head, source } = await peek(input);
  if (head.length === 0) throw parseError({ file: options.file }, 'EMPTY_FILE');
  const decoder = chooseDecoder(head, options.file, options.encoding);
  if (onRaw !== undefined && decoder.encoding === 'utf-8') return forEachUtf8Line(source, options, onLine, onRaw);
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
    refuseNul(text, file, count + 1);
    push(text);
  }
  push(endAt(decoder, file, count + 1));
  if (rest.length > 0) {
    if (++count > maxLines) throw lineError(file, count, 'TOO_LARGE', { max: maxLines });
    onLine(rest.charCodeAt(rest.length - 1) === 13 ? rest.slice(0, -1) : rest, count);
  }
  return count;
}

/** Line breaks (LF) among the first `upTo` units of `s` (a string, or bytes). */
function breaksBefore(s: string | Uint8Array, upTo: number): number {
  let n = 0;
  if (typeof s === 'string') for (let i = s.indexOf('\n'); i !== -1 && i < upTo; i = s.indexOf('\n', i + 1)) n++;
  else for (let i = s.indexOf(10); i !== -1 && i < upTo; i = s.indexOf(10, i + 1)) n++;
  return n;
}

/**
 * Throws NUL_BYTE naming the line of the first NUL in `chunk` (decoded text or UTF-8 bytes),
 * whose first line is line `line`. One search per chunk: the readers' fast path is untouched.
 * PostgreSQL text cannot hold a NUL, so without this the store would fail on it mid-import.
 */
function refuseNul(chunk: string | Uint8Array, file: string, line: number): void {
  const at = typeof chunk === 'string' ? chunk.indexOf('\0') : chunk.indexOf(0);
  if (at !== -1) throw lineError(file, line + breaksBefore(chunk, at), 'NUL_BYTE');
}

const bufferOf = (b: Uint8Array): Buffer => (Buffer.isBuffer(b) ? b : Buffer.from(b.buffer, b.byteOffset, b.length));
const latin1 = (b: Uint8Array): string => bufferOf(b).toString('latin1');
/** A Latin-1 string as a string of its own (never a view into a longer one). */
const ownCopy = (text: string): string => Buffer.from(text, 'latin1').toString('latin1');
/** The text that bytes held in a Latin-1 string stand for (they are valid UTF-8). */
export const utf8Of = (bytes: string): string => Buffer.from(bytes, 'latin1').toString('utf8');

/**
 * forEachLine for UTF-8 text, lines offered to `onRaw` as bytes first. The bytes of every line
 * are checked to be UTF-8 before any line of the chunk they end in is handed on; a bad byte is
 * reported on the line that holds it (INVALID_BYTES), as the decoding reader does.
 */
async function forEachUtf8Line(source: ByteSource, options: TextOptions, onLine: LineSink, onRaw: RawLineSink): Promise<number> {
  const { file, maxLines } = options;
  // The line not ended yet: its bytes (not checked yet) and the same as Latin-1 text.
  let restBytes: Uint8Array[] = [];
  let rest = '';
  let count = 0;
  let first = true;

  const emit = (raw: string, from: number, to: number, quoted: boolean, cut: (a: number, b: number) => string): void => {
    if (++count > maxLines) throw lineError(file, count, 'TOO_LARGE', { max: maxLines });
    if (!onRaw(raw, from, to, quoted, count, cut)) onLine(utf8Of(raw.slice(from, to)), count);
  };
  const checkLength = (): void => {
    // Latin-1 text has a character per byte: only a line of more bytes than that can be too long.
    if (rest.length > MAX_LINE_CHARS && utf8Of(rest).length > MAX_LINE_CHARS) throw lineError(file, count + 1, 'LINE_TOO_LONG', { max: MAX_LINE_CHARS });
  };
  /** Throws INVALID_BYTES naming the first line of `bytes` (line `firstLine` on) that is not UTF-8. */
  const checkUtf8 = (bytes: Uint8Array, firstLine: number): void => {
    if (isUtf8(bytes)) return;
    let line = firstLine;
    let start = 0;
    for (;;) {
      const nl = bytes.indexOf(10, start);
      const end = nl === -1 ? bytes.length : nl;
      if (!isUtf8(bytes.subarray(start, end))) break;
      start = end + 1;
      line++;
    }
    throw lineError(file, line, 'INVALID_BYTES', { encoding: 'UTF-8' });
  };

  for await (const chunk of source) {
    let bytes = chunk;
    if (first && bytes.length > 0) {
      first = false;
      // A byte order mark is not text (the decoding reader drops it too).
      if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
    }
    refuseNul(bytes, file, count + 1);
    const lastNl = bytes.lastIndexOf(10);
    if (lastNl === -1) {
      restBytes.push(bytes);
      rest += latin1(bytes);
      checkLength();
      continue;
    }
    // Every line this chunk ends, checked before any of them is handed on: the line begun in an
    // earlier chunk, then the rest in place (lines end in an ASCII byte, so each piece is checked alone).
    const firstNl = bytes.indexOf(10);
    if (restBytes.length === 0 || (restBytes.length === 1 && restBytes[0]!.length === 0)) checkUtf8(bytes.subarray(0, lastNl + 1), count + 1);
    else {
      checkUtf8(Buffer.concat([...restBytes, bytes.subarray(0, firstNl + 1)]), count + 1);
      checkUtf8(bytes.subarray(firstNl + 1, lastNl + 1), count + 2);
    }
    let start = 0;
    if (rest.length > 0) {
      // The line begun in an earlier chunk ends in this one: it is handed on from a string of
      // its own, so the chunk's text is never joined to it (joining a megabyte chunk to a few
      // carried bytes would copy the whole chunk once more).
      const head = rest + latin1(bytes.subarray(0, firstNl));
      const end = head.length > 0 && head.charCodeAt(head.length - 1) === 13 ? head.length - 1 : head.length;
      emit(head, 0, end, head.includes('"'), (a, b) => ownCopy(head.slice(a, b)));
      start = firstNl + 1;
    }
    const s = latin1(bytes);
    const buffer = bufferOf(bytes);
    const cut = (a: number, b: number): string => buffer.toString('latin1', a, b);
    const stop = lastNl + 1;
    let quote = s.indexOf('"', start);
    while (start < stop) {
      const nl = s.indexOf('\n', start);
      const end = nl > start && s.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
      if (quote !== -1 && quote < start) quote = s.indexOf('"', start);
      emit(s, start, end, quote !== -1 && quote < end, cut);
      start = nl + 1;
    }
    rest = s.slice(start);
    restBytes = [bytes.subarray(lastNl + 1)];
    checkLength();
  }
  checkUtf8(Buffer.concat(restBytes), count + 1);
  const last = rest;
  if (last.length > 0) emit(last, 0, last.charCodeAt(last.length - 1) === 13 ? last.length - 1 : last.length, last.includes('"'), (a, b) => ownCopy(last.slice(a, b)));
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
  const checked = (text: string): string => {
    refuseNul(text, options.file, lines);
    return text;
  };
  for await (const chunk of source) add(checked(decodeAt(decoder, chunk, options.file, lines)));
  add(checked(endAt(decoder, options.file, lines)));
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
