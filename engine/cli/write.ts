/** Writing long output (a million-line JSON report) to a stream without holding it all in memory. */
import { once } from 'node:events';
import { writeSync } from 'node:fs';
import { messages, type Lang } from '../i18n/index.ts';

/**
 * Writes chunks to a stream, text in ~64 KB batches and bytes as they come, waiting for 'drain'
 * so memory stays flat.
 */
export async function writeChunks(stream: NodeJS.WritableStream, chunks: Iterable<string | Uint8Array>): Promise<void> {
  let buffer = '';
  for (const chunk of chunks) {
    if (typeof chunk !== 'string') {
      if (buffer !== '' && !stream.write(buffer)) await once(stream, 'drain');
      buffer = '';
      if (!stream.write(chunk)) await once(stream, 'drain');
      continue;
    }
    buffer += chunk;
    if (buffer.length >= 65_536) {
      if (!stream.write(buffer)) await once(stream, 'drain');
      buffer = '';
    }
  }
  if (buffer !== '' && !stream.write(buffer)) await once(stream, 'drain');
}

/**
 * Writes chunks to an open file with synchronous writes, text in ~64 KB batches: each chunk is
 * written out before the next is asked for, so a producer may reuse its buffers (see
 * reconciliationJsonChunks). For files only: a pipe may take a write in part or not at all.
 */
export function writeChunksSync(fd: number, chunks: Iterable<string | Uint8Array>): void {
  let text = '';
  const flush = (): void => {
    if (text === '') return;
    writeAllSync(fd, Buffer.from(text, 'utf8'));
    text = '';
  };
  for (const chunk of chunks) {
    if (typeof chunk === 'string') {
      text += chunk;
      if (text.length >= 65_536) flush();
    } else {
      flush();
      writeAllSync(fd, chunk);
    }
  }
  flush();
}

function writeAllSync(fd: number, bytes: Uint8Array): void {
  for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at, bytes.length - at);
}

/**
 * Why a file could not be written, in the person's words (the folder does not exist, permission
 * denied, ...); null for an error that did not come from the file system.
 */
export function writeFailure(err: unknown, lang: Lang): string | null {
  const code = typeof err === 'object' && err !== null && 'code' in err ? String(err.code) : '';
  if (code === '') return null;
  const reasons: Readonly<Record<string, string>> = messages(lang).reconcileCli.writeReasons;
  return reasons[code] ?? code;
}
