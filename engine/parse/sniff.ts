/**
 * `--format auto`: which reader a file needs, from its first bytes. XML is camt.053 (the
 * reader refuses other XML by name); SWIFT tags at the start of a line (`{1:`, `:20:`, ...)
 * mean MT940; otherwise the file name's extension (`.sta`, `.940`, `.xml`) decides, and
 * everything else is read as CSV.
 */
import type { InputFormat } from '../model.ts';

const SWIFT = /(?:^|\n)[ \t]*(?:\{1:|:20:|:25:|:60[FM]:|:61:|:62[FM]:)/;

/** The concrete format of a file whose first bytes are `head`. */
export function sniffFormat(head: Uint8Array, fileName: string): Exclude<InputFormat, 'auto'> {
  const text = new TextDecoder('utf-8').decode(head.subarray(0, 16 * 1024));
  const start = text.replace(/^\ufeff/, '').trimStart();
  if (start.startsWith('<')) return 'camt053';
  if (SWIFT.test(text)) return 'mt940';
  const ext = /\.([A-Za-z0-9]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? '';
  if (['sta', 'mt940', '940', 'swi', 'fin'].includes(ext)) return 'mt940';
  if (ext === 'xml') return 'camt053';
  return 'csv';
}
