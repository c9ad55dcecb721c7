/** What every statement reader takes: the bytes of one file and how to read them. */
import type { InputFormat, Side } from '../model.ts';
import type { CsvProfile } from './profile.ts';

export interface ParseOptions {
  /** The file's name as the user gave it; every error names it. */
  readonly fileName: string;
  readonly format: InputFormat;
  /** Which side the file is: decides what 借方/贷方 mean in Chinese exports. */
  readonly side: Side;
  /** Column mapping for a bank CSV layout the built-in readers do not know. */
  readonly profile?: CsvProfile;
  /** Refuse files with more lines than this (a clear error instead of running out of memory). */
  readonly maxLines?: number;
}

/** The bytes of a file, as a stream of chunks (fs.createReadStream, a Buffer in tests). */
export type ByteSource = AsyncIterable<Uint8Array>;
