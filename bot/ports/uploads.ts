/**
 * UploadPort over the store and engine/service/upload.ts. Where a file's bytes come from:
 * - a Direct Line upload on this server (`urn:recon:upload:<id>`): the row the upload route kept,
 *   believed only for the conversation and person that uploaded it;
 * - any other channel's attachment (contentUrl): fetched once, here, and kept. In anonymous mode
 *   only from an allowlisted serviceUrl (BOT_SERVICE_URL_ALLOWLIST: the Emulator, the tests'
 *   connector); with an app id only a Teams file's pre-authorised https download link on
 *   SharePoint (the file.download.info attachment). No redirect is followed, at most
 *   UPLOAD_MAX_BYTES are read, and the fetch gives up after 15 s.
 * Only CSV, MT940 and camt.053 files are read (by name, and never a ZIP, Excel or PDF by content).
 */
import { createHash, randomBytes } from 'node:crypto';
import { EngineError } from '../../engine/errors.ts';
import type { Lang } from '../../engine/i18n/index.ts';
import { describeError } from '../../engine/parse/index.ts';
import { describeStoreError, isStoreError } from '../../engine/service/describe-error.ts';
import { importUpload, inspectUpload } from '../../engine/service/upload.ts';
import { balanceConflicts } from '../../engine/service/import.ts';
import type { Db } from '../../engine/store/db.ts';
import { deleteUpload, getUpload, insertUpload, type StoredUpload } from '../../engine/store/chat/uploads.ts';
import type { FileAttachment, ReceiveOutcome, UploadOrigin, UploadPort } from '../../dialogs/ports.ts';
import { serviceUrlAllowed } from '../allowlist.ts';
import { DIRECTLINE_CHANNEL } from '../directline/adapter.ts';
import { uploadIdOf } from '../directline/upload.ts';
import { requireChatActor } from './chatActor.ts';

/** Names of the files the readers take: CSV exports and journals, MT940, camt.053. */
const READABLE = /\.(csv|txt|sta|940|mt940|swi|fin|xml)$/i;
/** First bytes of files that are certainly not statements the readers take: ZIP (xlsx, docx), OLE (xls), PDF. */
const NOT_TEXT = [[0x50, 0x4b, 0x03, 0x04], [0xd0, 0xcf, 0x11, 0xe0], [0x25, 0x50, 0x44, 0x46]];
const FETCH_TIMEOUT_MS = 15_000;

export interface UploadPolicy {
  /** Largest file, bytes (UPLOAD_MAX_BYTES). */
  readonly maxBytes: number;
  /** Anonymous mode: the serviceUrl allowlist attachments may be fetched from; null with an app id. */
  readonly allowlist: readonly string[] | null;
}

function readable(name: string, bytes: Uint8Array | null): boolean {
  if (!READABLE.test(name)) return false;
  return bytes === null || !NOT_TEXT.some((magic) => magic.every((b, i) => bytes[i] === b));
}

/** True when the bot may fetch `url` for an attachment (see the module's comment). */
export function mayFetch(url: string, policy: UploadPolicy): boolean {
  if (policy.allowlist !== null) return serviceUrlAllowed(url, policy.allowlist);
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  return u.protocol === 'https:' && u.username === '' && /(^|\.)sharepoint(-df)?\.(com|cn)$/.test(u.hostname);
}

/** The body of `url`, at most `max` bytes; 'too_large' beyond, null when it cannot be read. */
async function fetchBytes(url: string, max: number): Promise<Uint8Array | 'too_large' | null> {
  let res: Response;
  try {
    res = await fetch(url, { redirect: 'error', signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) });
  } catch {
    return null;
  }
  if (!res.ok || !res.body) return null;
  if (Number(res.headers.get('content-length') ?? 0) > max) return 'too_large';
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for await (const chunk of res.body) {
      size += chunk.length;
      if (size > max) return 'too_large';
      chunks.push(chunk);
    }
  } catch {
    return null;
  }
  return Buffer.concat(chunks, size);
}

function failure(err: unknown, lang: Lang): { ok: false; error: string } {
  if (isStoreError(err)) return { ok: false, error: describeStoreError(err, lang) };
  // A reader's refusal (file, line, reason) and the engine's own (an amount or currency it cannot take).
  if (err instanceof EngineError) return { ok: false, error: describeError(err, lang) };
  throw err;
}

export function uploadPort(db: Db, now: () => Date, policy: UploadPolicy): UploadPort {
  /** The kept file, for the person who sent it only. */
  const kept = async (uploadId: string, actor?: string): Promise<StoredUpload | null> => {
    const u = await getUpload(db, uploadId);
    return u && (actor === undefined || u.userId === actor) ? u : null;
  };

  async function receive(file: FileAttachment, origin: UploadOrigin): Promise<ReceiveOutcome> {
    if (file.tooLarge) return { ok: false, code: 'too_large', size: file.tooLarge.size, max: file.tooLarge.max };
    if (file.notKept) return { ok: false, code: 'fetch_failed' };
    if (!readable(file.name, null)) return { ok: false, code: 'bad_type' };
    const url = file.contentUrl ?? '';
    const local = uploadIdOf(url);
    if (local !== null) {
      const u = origin.channelId === DIRECTLINE_CHANNEL ? await kept(local, origin.actor) : null;
      if (!u || u.conversationId !== origin.conversationId) return { ok: false, code: 'fetch_failed' };
      return readable(u.fileName, u.bytes) ? { ok: true, uploadId: u.id } : { ok: false, code: 'bad_type' };
    }
    if (!mayFetch(url, policy)) return { ok: false, code: 'fetch_failed' };
    const bytes = await fetchBytes(url, policy.maxBytes);
    if (bytes === 'too_large') return { ok: false, code: 'too_large', size: policy.maxBytes + 1, max: policy.maxBytes };
    if (bytes === null) return { ok: false, code: 'fetch_failed' };
    if (!readable(file.name, bytes)) return { ok: false, code: 'bad_type' };
    const id = randomBytes(18).toString('base64url');
    await insertUpload(db, {
      id, channelId: origin.channelId, conversationId: origin.conversationId, userId: origin.actor, fileName: file.name,
      contentType: file.contentType, sha256: createHash('sha256').update(bytes).digest('hex'), bytes, at: now(),
    });
    return { ok: true, uploadId: id };
  }

  return {
    receive,
    async inspect(uploadId, side, lang) {
      const u = await kept(uploadId);
      if (!u) return { ok: false, error: '', gone: true };
      const out = await inspectUpload(db, { bytes: u.bytes, fileName: u.fileName }, side);
      return out.ok ? out : failure(out.error, lang);
    },
    async import(req, lang) {
      const u = await kept(req.uploadId, req.actor);
      if (!u) return { ok: false, error: '', gone: true };
      try {
        await requireChatActor(db, req.actor);
        const result = await importUpload(db, { bytes: u.bytes, fileName: u.fileName, sha256: u.sha256, account: req.account, side: req.side, actor: req.actor, at: now() });
        const conflicts = await balanceConflicts(db, { account: result.account, side: result.side, sha256: u.sha256 });
        return { ok: true, result, conflicts };
      } catch (err) {
        return failure(err, lang);
      }
    },
    discard: (uploadId) => deleteUpload(db, uploadId),
  };
}
