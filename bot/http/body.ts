/**
 * The request body reader for every route, instead of restify's body parser (which inflated any
 * Content-Encoding and threw out of the request on a bad gzip stream, wrote multipart files to the
 * temp folder outside its size limit, and parsed JSON of any depth). Accepted: no body, or a JSON
 * body (`application/json`, UTF-8, what Bot Framework channels and Web Chat's Direct Line client
 * send) with identity encoding, at most `maxBytes` and `maxDepth` levels deep. Everything else is
 * refused with a status, never an exception: 415 (other type or encoding, multipart), 413 (too
 * large), 400 (unreadable, not UTF-8, not JSON, too deep). The one exception is Direct Line's
 * upload route, whose multipart body is read (in memory, within UPLOAD_MAX_BYTES) by readMultipartBody.
 */
import type { IncomingMessage } from 'node:http';

export interface BodyLimits {
  maxBytes: number;
  maxDepth: number;
  /** The largest Direct Line upload (multipart); absent: uploads are refused like any multipart body. */
  maxUploadBytes?: number;
  /**
   * How long a body may take to arrive, from the first read (HTTP_BODY_TIMEOUT_SECONDS); beyond
   * it the request gets 408 and its connection is closed. Absent: no limit of our own.
   */
  bodyTimeoutMs?: number;
}

export type BodyRefusal = { status: 400 | 408 | 413 | 415; code: string; message: string };
export type BodyOutcome = { ok: true; body: unknown } | ({ ok: false } & BodyRefusal);

const refuse = (status: BodyRefusal['status'], code: string, message: string): BodyOutcome => ({ ok: false, status, code, message });

/** `application/json; charset=utf-8` → `{ type: 'application/json', charset: 'utf-8' }`. */
function mediaType(header: string | undefined): { type: string; charset: string | null } {
  const [type = '', ...params] = (header ?? '').split(';').map((p) => p.trim().toLowerCase());
  const charset = params.map((p) => /^charset="?([^"]*)"?$/.exec(p)?.[1]).find((c) => c !== undefined) ?? null;
  return { type, charset };
}

/**
 * The deepest nesting of objects and arrays in a JSON text, stopping as soon as it exceeds
 * `limit` (a linear scan before JSON.parse, so a body thousands of levels deep is never parsed).
 */
export function exceedsDepth(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > limit) return true;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return false;
}

function hasBody(req: IncomingMessage): boolean {
  const length = req.headers['content-length'];
  if (length !== undefined) return length.trim() !== '0';
  return req.headers['transfer-encoding'] !== undefined;
}

/** Checks the headers, then reads and parses the body within the limits. Never rejects. */
export function readJsonBody(req: IncomingMessage, limits: BodyLimits): Promise<BodyOutcome> {
  const encoding = (req.headers['content-encoding'] ?? '').trim().toLowerCase();
  if (encoding !== '' && encoding !== 'identity') return Promise.resolve(refuse(415, 'UnsupportedMediaType', 'Content-Encoding is not accepted; send the body uncompressed'));
  const { type, charset } = mediaType(req.headers['content-type']);
  if (type.startsWith('multipart/')) return Promise.resolve(refuse(415, 'UnsupportedMediaType', 'multipart bodies are not accepted'));
  if (!hasBody(req)) return Promise.resolve({ ok: true, body: undefined });
  if (type !== 'application/json') return Promise.resolve(refuse(415, 'UnsupportedMediaType', 'the body must be application/json'));
  if (charset !== null && charset !== 'utf-8' && charset !== 'utf8') return Promise.resolve(refuse(415, 'UnsupportedMediaType', 'the body must be UTF-8'));
  const declared = Number(req.headers['content-length'] ?? 0);
  if (!Number.isSafeInteger(declared) || declared > limits.maxBytes) return Promise.resolve(refuse(413, 'PayloadTooLarge', `the body is larger than ${limits.maxBytes} bytes`));

  return collect(req, limits.maxBytes, limits.bodyTimeoutMs).then((read) => {
    if (!read.ok) return read;
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(read.bytes);
    } catch {
      return refuse(400, 'BadArgument', 'the body is not valid UTF-8');
    }
    if (exceedsDepth(text, limits.maxDepth)) return refuse(400, 'BadArgument', `the JSON is nested deeper than ${limits.maxDepth} levels`);
    try {
      return { ok: true, body: JSON.parse(text) as unknown };
    } catch {
      return refuse(400, 'BadArgument', 'the body is not valid JSON');
    }
  });
}

/** A multipart body as read, not yet split into its parts (the route does that: bot/directline/upload.ts). */
export interface MultipartBody {
  readonly contentType: string;
  readonly bytes: Buffer;
}

/**
 * The body of a Direct Line upload: `multipart/form-data` with a boundary, identity encoding, at
 * most `maxBytes` (the files and the activity together); read into memory, never to disk.
 */
export function readMultipartBody(req: IncomingMessage, maxBytes: number, timeoutMs?: number): Promise<BodyOutcome> {
  const encoding = (req.headers['content-encoding'] ?? '').trim().toLowerCase();
  if (encoding !== '' && encoding !== 'identity') return Promise.resolve(refuse(415, 'UnsupportedMediaType', 'Content-Encoding is not accepted; send the body uncompressed'));
  const header = req.headers['content-type'] ?? '';
  if (mediaType(header).type !== 'multipart/form-data' || !/;\s*boundary=/i.test(header)) {
    return Promise.resolve(refuse(415, 'UnsupportedMediaType', 'an upload must be multipart/form-data with a boundary'));
  }
  const declared = Number(req.headers['content-length'] ?? 0);
  if (!Number.isSafeInteger(declared) || declared > maxBytes) return Promise.resolve(refuse(413, 'PayloadTooLarge', `the upload is larger than ${maxBytes} bytes`));
  return collect(req, maxBytes, timeoutMs).then((read): BodyOutcome => (read.ok ? { ok: true, body: { contentType: header, bytes: read.bytes } satisfies MultipartBody } : read));
}

/**
 * The body's bytes, at most `maxBytes` (413 beyond), within `timeoutMs` (408 beyond: a client that
 * trickles a body would otherwise hold its connection and buffer until Node's own five-minute
 * request timeout); never rejects.
 */
function collect(req: IncomingMessage, maxBytes: number, timeoutMs?: number): Promise<{ ok: true; bytes: Buffer } | ({ ok: false } & BodyRefusal)> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const timer =
      timeoutMs === undefined ? undefined : setTimeout(() => fail(408, 'RequestTimeout', `the body did not arrive within ${Math.round(timeoutMs / 1000)} s`), timeoutMs);
    const finish = (outcome: { ok: true; bytes: Buffer } | ({ ok: false } & BodyRefusal)): void => {
      if (settled) return;
      settled = true;
      if (timer) clearTimeout(timer);
      req.off('data', onData).off('end', onEnd).off('close', onClose);
      // An 'error' after this point must still find a listener, or it is an uncaught exception.
      if (!outcome.ok) req.pause();
      resolve(outcome);
    };
    const fail = (status: BodyRefusal['status'], code: string, message: string): void => finish({ ok: false, status, code, message });
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size > maxBytes) fail(413, 'PayloadTooLarge', `the body is larger than ${maxBytes} bytes`);
      else chunks.push(chunk);
    };
    const onEnd = (): void => finish({ ok: true, bytes: Buffer.concat(chunks, size) });
    const onClose = (): void => fail(400, 'BadArgument', 'the request ended before its body');
    req.on('error', () => fail(400, 'BadArgument', 'the body could not be read'));
    req.on('data', onData).on('end', onEnd).on('close', onClose);
  });
}
