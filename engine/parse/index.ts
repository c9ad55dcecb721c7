/**
 * Statement readers: bytes in, statements out, no file system. Other modules call exactly
 * `parseStatements`; the per-format readers are details behind it.
 */
import type { InputFormat, Statement } from '../model.ts';
import { readCsv } from './csv.ts';
import { DEFAULT_MAX_LINES } from './text-lines.ts';
import { readMt940 } from './mt940.ts';
import { sniffFormat } from './sniff.ts';
import { peek } from './source.ts';
import type { ByteSource, ParseOptions } from './types.ts';

export type { ByteSource, ParseOptions } from './types.ts';
export { CsvProfileSchema, type CsvProfile } from './profile.ts';
export { describeError } from './describe.ts';
export { DEFAULT_MAX_LINES } from './text-lines.ts';
export { bytesInSlices, bytesOf } from './source.ts';
export { sniffFormat } from './sniff.ts';

/**
 * Reads one file into its statements (CSV: one statement; MT940 and camt.053: one per
 * statement in the file). All or nothing: the first problem throws a ParseError naming the
 * file, the line (or entry) and the reason; a statement whose balances do not add up is
 * returned with `addsUp: false`, not refused and not corrected.
 */
export async function parseStatements(input: ByteSource, options: ParseOptions): Promise<Statement[]> {
  return (await parseFile(input, options)).statements;
}

/** parseStatements, with the format the file was read as (the one given, or the sniffed one for 'auto'). */
export async function parseFile(input: ByteSource, options: ParseOptions): Promise<{ format: Exclude<InputFormat, 'auto'>; statements: Statement[] }> {
  const file = options.fileName;
  const maxLines = options.maxLines ?? DEFAULT_MAX_LINES;
  let source = input;
  let format = options.format;
  if (format === 'auto') {
    if (options.profile !== undefined) format = 'csv';
    else {
      const peeked = await peek(input);
      source = peeked.source;
      format = sniffFormat(peeked.head, file);
    }
  }
  switch (format) {
    case 'mt940':
      return { format, statements: await readMt940(source, { file, maxLines }) };
    case 'camt053': {
      // The XML parser is loaded only for XML statements: CSV and MT940 runs do not pay for it.
      const { readCamt053 } = await import('./camt053.ts');
      return { format, statements: await readCamt053(source, { file, maxLines }) };
    }
    case 'csv':
      return { format, statements: await readCsv(source, { file, side: options.side, maxLines, profile: options.profile }) };
  }
}
