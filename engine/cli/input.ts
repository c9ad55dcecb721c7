/**
 * Opening the files a command reads: statement files as a byte stream (never read whole), and
 * column-mapping profiles as validated JSON. Problems become a ParseError naming the file, so
 * every command prints the same one line for them.
 */
import { createReadStream, statSync, accessSync, constants, type ReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { ParseError } from '../errors.ts';
import { parseError } from '../parse/fail.ts';
import { CsvProfileSchema, type CsvProfile } from '../parse/profile.ts';
import type { ByteSource } from '../parse/types.ts';

/** Large reads: 1 MB chunks keep the per-chunk cost negligible for million-line files. */
const CHUNK = 1 << 20;

function unreadable(file: string, err: unknown): ParseError {
  const code = typeof err === 'object' && err !== null && 'code' in err ? String(err.code) : '';
  if (code === 'ENOENT') return parseError({ file }, 'FILE_NOT_FOUND');
  if (code === 'EISDIR') return parseError({ file }, 'FILE_IS_FOLDER');
  if (code === 'EACCES' || code === 'EPERM') return parseError({ file }, 'FILE_NO_PERMISSION');
  return parseError({ file }, 'FILE_UNREADABLE', { detail: code || (err instanceof Error ? err.message : String(err)) });
}

/**
 * The bytes of `path` as a stream. A missing, unreadable or directory path throws at once
 * (FILE_NOT_FOUND / FILE_IS_FOLDER / FILE_NO_PERMISSION / FILE_UNREADABLE); a read error later
 * surfaces from the iteration.
 */
export function openInput(path: string): ByteSource {
  try {
    if (statSync(path).isDirectory()) throw Object.assign(new Error('a directory'), { code: 'EISDIR' });
    accessSync(path, constants.R_OK);
  } catch (err) {
    throw unreadable(path, err);
  }
  return chunks(path);
}

async function* chunks(path: string): AsyncGenerator<Uint8Array> {
  // Opened on first read, so a source that is never read holds no file descriptor.
  const stream: ReadStream = createReadStream(path, { highWaterMark: CHUNK });
  try {
    for await (const chunk of stream) {
      if (chunk instanceof Uint8Array) yield chunk;
    }
  } catch (err) {
    throw unreadable(path, err);
  } finally {
    stream.destroy();
  }
}

/** Reads and validates a column-mapping profile (JSON); errors name the profile file. */
export async function readProfile(path: string): Promise<CsvProfile> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    throw unreadable(path, err);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw parseError({ file: path }, 'PROFILE_INVALID', { detail: err instanceof Error ? err.message : String(err) });
  }
  const parsed = CsvProfileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue === undefined || issue.path.length === 0 ? '(root)' : issue.path.join('.');
    throw parseError({ file: path }, 'PROFILE_INVALID', { detail: `${where}: ${issue?.message ?? 'invalid'}` });
  }
  return parsed.data;
}
