/**
 * Byte sources: look at the first bytes of a stream (to sniff the format and the encoding)
 * without losing them, and stop the underlying stream when a reader gives up early.
 */
import type { ByteSource } from './types.ts';

/** How many bytes are enough to recognise a format and an encoding. */
export const SNIFF_BYTES = 64 * 1024;

export interface Peeked {
  /** The first bytes of the file (at most about `wanted`, fewer when the file is shorter). */
  readonly head: Uint8Array;
  /** The whole file again, head included; iterate it once. */
  readonly source: ByteSource;
}

/** Reads up to `wanted` bytes ahead and hands back a source that replays them. */
export async function peek(input: ByteSource, wanted = SNIFF_BYTES): Promise<Peeked> {
  const it = input[Symbol.asyncIterator]();
  const parts: Uint8Array[] = [];
  let length = 0;
  let done = false;
  while (length < wanted) {
    const r = await it.next();
    if (r.done) {
      done = true;
      break;
    }
    if (r.value.length > 0) {
      parts.push(r.value);
      length += r.value.length;
    }
  }
  const head = concat(parts, length);
  return { head, source: replay(head, it, done) };
}

async function* replay(head: Uint8Array, it: AsyncIterator<Uint8Array>, done: boolean): AsyncGenerator<Uint8Array> {
  let finished = done;
  try {
    if (head.length > 0) yield head;
    while (!finished) {
      const r = await it.next();
      if (r.done) {
        finished = true;
        break;
      }
      yield r.value;
    }
  } finally {
    // A reader that stops early (an error on line 3 of a 4 GB file) closes the file here.
    if (!finished) await it.return?.();
  }
}

function concat(parts: readonly Uint8Array[], length: number): Uint8Array {
  if (parts.length === 1 && parts[0] !== undefined) return parts[0];
  const out = new Uint8Array(length);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** A ByteSource over bytes already in memory (tests, small files). */
export async function* bytesOf(data: Uint8Array | string): AsyncGenerator<Uint8Array> {
  yield typeof data === 'string' ? new TextEncoder().encode(data) : data;
}

/** The size of one slice of `bytesInSlices`. */
export const SLICE_BYTES = 64 * 1024;

/**
 * A ByteSource over bytes already in memory, in slices, giving the event loop a turn between them
 * (setImmediate, so timers and network I/O run): a server reading a file sent in chat goes on
 * serving everyone else while it reads, instead of stopping for the whole file.
 */
export async function* bytesInSlices(data: Uint8Array, size = SLICE_BYTES): AsyncGenerator<Uint8Array> {
  if (data.length === 0) yield data;
  for (let at = 0; at < data.length; at += size) {
    if (at > 0) await new Promise<void>((resolve) => setImmediate(resolve));
    yield data.subarray(at, Math.min(data.length, at + size));
  }
}
