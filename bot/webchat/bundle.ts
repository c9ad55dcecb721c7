/**
 * The Web Chat bundle (3.9 MB of JavaScript) compressed once per process, not per request: brotli
 * and gzip are made in the background when the page is first asked for (zlib's thread pool, off
 * the event loop; about 2 s of one core for brotli, 0.4 s for gzip), kept in memory, and each
 * request gets the most compact encoding the browser accepts that is ready. The bytes never change while the process runs, so each encoding has a
 * strong ETag and a revalidation answers 304 without a body.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

export type Encoding = 'br' | 'gzip' | 'identity';

export interface Representation {
  encoding: Encoding;
  body: Buffer;
  etag: string;
}

export interface PrecompressedBundle {
  /** The representation for an Accept-Encoding header (brotli, else gzip, else the plain bytes). */
  pick(acceptEncoding: string | undefined): Promise<Representation>;
}

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Brotli quality 9: 0.71 MB in ~2 s; 11 saves another 70 kB for ten times the time. */
const BROTLI_QUALITY = 9;

/** The encodings an Accept-Encoding header allows (q=0 refuses one), most compact first. */
export function acceptedEncodings(header: string | undefined): Encoding[] {
  const allowed = new Set<string>();
  for (const part of (header ?? '').toLowerCase().split(',')) {
    const [name, ...params] = part.trim().split(';').map((s) => s.trim());
    const q = params.find((p) => p.startsWith('q='));
    if (name && !(q && Number(q.slice(2)) === 0)) allowed.add(name);
  }
  const out: Encoding[] = [];
  if (allowed.has('br') || allowed.has('*')) out.push('br');
  if (allowed.has('gzip') || allowed.has('*')) out.push('gzip');
  return [...out, 'identity'];
}

interface Work {
  hash: Promise<string>;
  bodies: Record<Encoding, Promise<Buffer>>;
  /** The encodings whose bytes are ready. */
  ready: Set<Encoding>;
}

function compress(path: string): Work {
  const plain = readFile(path);
  const ready = new Set<Encoding>();
  const bodies: Record<Encoding, Promise<Buffer>> = {
    identity: plain,
    br: plain.then((b) => brotli(b, { params: { [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: b.length } })),
    gzip: plain.then((b) => gzipAsync(b, { level: 9 })),
  };
  for (const [encoding, p] of Object.entries(bodies) as Array<[Encoding, Promise<Buffer>]>) {
    // A failure shows on the request that needs the encoding; never as an unhandled rejection.
    p.then(() => ready.add(encoding), () => undefined);
  }
  return { hash: plain.then((b) => createHash('sha256').update(b).digest('base64url').slice(0, 22)), bodies, ready };
}

/**
 * The bundle at `path`, compressed on first need (`warm()`, called when the page is asked for, or
 * the first request for the script): a server that never serves the page never spends the CPU.
 * Until brotli is ready (~2 s after the first page) a browser that takes gzip gets gzip (~0.4 s).
 */
export function precompressedBundle(path: string): PrecompressedBundle & { warm(): void } {
  let work: Work | undefined;
  const warm = (): Work => (work ??= compress(path));
  return {
    warm: () => void warm(),
    async pick(acceptEncoding) {
      const w = warm();
      const accepted = acceptedEncodings(acceptEncoding);
      const encoding = accepted.find((e) => w.ready.has(e)) === 'br' ? 'br' : accepted.find((e) => e !== 'br') ?? 'identity';
      const suffix = encoding === 'identity' ? '' : `-${encoding}`;
      return { encoding, body: await w.bodies[encoding], etag: `"${await w.hash}${suffix}"` };
    },
  };
}

/** True when an If-None-Match header names this ETag (or is `*`). */
export function notModified(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(',').some((t) => {
    const tag = t.trim().replace(/^W\//, '');
    return tag === '*' || tag === etag;
  });
}
