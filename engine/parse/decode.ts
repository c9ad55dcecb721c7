/**
 * Text encoding of an input file: a UTF-8 BOM means UTF-8; bytes that are valid UTF-8 are
 * UTF-8; otherwise GBK (read as GB18030, its superset). UTF-16, binary data and bytes that are
 * neither are refused with WRONG_ENCODING instead of being read as mojibake.
 */
import { isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';
import { parseError } from './fail.ts';

export type EncodingChoice = 'auto' | 'utf-8' | 'gbk';

/** Decodes the chunks of one file into text, in order; `end()` flushes what is left. */
export interface TextDecoderLike {
  readonly encoding: 'utf-8' | 'gbk';
  /** Decodes the next chunk; throws when a byte cannot belong to the encoding. */
  decode(chunk: Uint8Array): string;
  end(): string;
}

/** Picks the decoder from the first bytes of the file (`head`); throws WRONG_ENCODING when none fits. */
export function chooseDecoder(head: Uint8Array, file: string, choice: EncodingChoice): TextDecoderLike {
  if (head.length >= 2 && ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff))) {
    throw parseError({ file }, 'WRONG_ENCODING', { found: 'UTF-16' });
  }
  // Excel workbooks are the most common wrong file: say so instead of "binary data".
  if ((head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) || (head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0)) {
    throw parseError({ file }, 'SPREADSHEET');
  }
  const hasUtf8Bom = head.length >= 3 && head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf;
  if (!hasUtf8Bom) {
    const nul = head.indexOf(0);
    if (nul !== -1) {
      if (looksUtf16(head)) throw parseError({ file }, 'WRONG_ENCODING', { found: 'UTF-16' });
      // A stray NUL or two in text that has lines before it is a bad byte on a line, not binary data.
      const stray = head.indexOf(10) !== -1 && head.indexOf(10) < nul && countZeros(head) <= 2;
      if (stray) throw parseError({ file, line: 1 + lineBreaks(head, nul) }, 'NUL_BYTE');
      throw parseError({ file }, 'WRONG_ENCODING', { found: 'binary data' });
    }
  }
  if (hasUtf8Bom || choice === 'utf-8') return utf8();
  if (choice === 'auto' && isUtf8Prefix(head)) return utf8();
  // Lines of valid multi-byte UTF-8 (Chinese text) before the first bad line: a UTF-8 file with
  // bad bytes on that line, not a GBK file (whose Chinese is not valid UTF-8 from the start).
  const firstBad = firstNonUtf8Line(head);
  if (choice === 'auto' && firstBad > 1 && hasHighByte(head.subarray(0, lineStart(head, firstBad)))) {
    throw parseError({ file, line: firstBad }, 'INVALID_BYTES', { encoding: 'UTF-8' });
  }
  const gbk = gbkDecoder();
  const probe = iconv.decode(Buffer.from(head.buffer, head.byteOffset, head.length), 'gb18030');
  // The probe's last character may be a multi-byte sequence cut by the sniff window.
  if (hasForeignCharacters(probe.slice(0, -1))) {
    // Neither encoding fits; when whole lines of UTF-8 come before the bad bytes, they are bad
    // bytes on a line of a UTF-8 file, and the message names that line.
    const bad = firstNonUtf8Line(head);
    if (bad > 1) throw parseError({ file, line: bad }, 'INVALID_BYTES', { encoding: 'UTF-8' });
    throw parseError({ file }, 'WRONG_ENCODING', { found: 'binary data or another encoding' });
  }
  return gbk;
}

/** The 1-based number of the first line of `head` that is not UTF-8 (the last, possibly cut, line excepted: 0). */
function firstNonUtf8Line(head: Uint8Array): number {
  let line = 1;
  for (let start = 0; ; line++) {
    const nl = head.indexOf(10, start);
    if (nl === -1) return 0;
    if (!isUtf8(head.subarray(start, nl))) return line;
    start = nl + 1;
  }
}

function hasHighByte(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! >= 0x80) return true;
  return false;
}

/** The offset line `line` (1-based) starts at. */
function lineStart(head: Uint8Array, line: number): number {
  let at = 0;
  for (let n = 1; n < line; n++) at = head.indexOf(10, at) + 1;
  return at;
}

function countZeros(head: Uint8Array): number {
  let n = 0;
  for (let i = head.indexOf(0); i !== -1; i = head.indexOf(0, i + 1)) n++;
  return n;
}

function lineBreaks(head: Uint8Array, upTo: number): number {
  let n = 0;
  for (let i = head.indexOf(10); i !== -1 && i < upTo; i = head.indexOf(10, i + 1)) n++;
  return n;
}

function looksUtf16(head: Uint8Array): boolean {
  let zeros = 0;
  const n = Math.min(head.length, 512);
  for (let i = 1; i < n; i += 2) if (head[i] === 0 || head[i - 1] === 0) zeros++;
  return zeros > n / 4;
}

function isUtf8Prefix(head: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
    return true;
  } catch {
    return false;
  }
}

/** Replacement characters or C0 controls other than tab/CR/LF/FF: not text in this encoding. */
function hasForeignCharacters(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd || (c < 0x20 && c !== 9 && c !== 10 && c !== 13 && c !== 12)) return true;
  }
  return false;
}

function utf8(): TextDecoderLike {
  // fatal: a later chunk that is not UTF-8 throws instead of becoming U+FFFD.
  const d = new TextDecoder('utf-8', { fatal: true });
  return {
    encoding: 'utf-8',
    decode: (chunk) => d.decode(chunk, { stream: true }),
    end: () => d.decode(),
  };
}

function gbkDecoder(): TextDecoderLike {
  const d = iconv.getDecoder('gb18030');
  return {
    encoding: 'gbk',
    decode: (chunk) => {
      const text = d.write(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length));
      if (text.includes('\ufffd')) throw new TypeError('invalid GBK bytes');
      return text;
    },
    end: () => d.end() ?? '',
  };
}
