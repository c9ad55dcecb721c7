/** Writing long output (a million-line JSON report) to a stream without holding it all in memory. */
import { once } from 'node:events';

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
