/**
 * The files of a Direct Line upload (POST .../conversations/{id}/upload): the multipart body split
 * into its activity part and its files (the platform's own multipart reader, in memory), and each
 * file kept in the store (chat_uploads) for the bot to read. The bot's turn sees a kept file as an
 * attachment whose contentUrl is `urn:recon:upload:<id>` (bot/ports/uploads.ts reads it back, for
 * this conversation and person only); a file over UPLOAD_MAX_BYTES is not kept and reaches the bot
 * as too large, so the person is told why and the message's text still arrives. Nothing is kept of
 * a file whose sender may not import (a customer, by the users table): the bot refuses it politely.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Attachment } from 'botbuilder';
import { z } from 'zod';
import type { Db } from '../../engine/store/db.ts';
import { insertUpload } from '../../engine/store/chat/uploads.ts';
import { fileNameOf, type NotKeptMark } from '../../dialogs/upload/attachments.ts';
import { DIRECTLINE_CHANNEL } from './adapter.ts';

/** Files in one upload at most (Web Chat sends what the person picked). */
export const MAX_FILES = 10;
const URN = 'urn:recon:upload:';

/** The contentUrl of a kept file. */
export function uploadUrn(id: string): string {
  return `${URN}${id}`;
}

/** The kept file a contentUrl names, or null when it names none. */
export function uploadIdOf(contentUrl: string): string | null {
  const id = contentUrl.startsWith(URN) ? contentUrl.slice(URN.length) : '';
  return /^[A-Za-z0-9_-]{16,64}$/.test(id) ? id : null;
}


const MultipartSchema = z.object({ contentType: z.string(), bytes: z.instanceof(Uint8Array) });

export interface UploadedFile {
  readonly name: string;
  readonly type: string;
  readonly bytes: Uint8Array;
}

export type UploadForm = { ok: true; activity: unknown; files: UploadedFile[] } | { ok: false; message: string };

/** Splits the body the edge read (bot/http/body.ts readMultipartBody) into the activity and the files. */
export async function readUploadForm(body: unknown): Promise<UploadForm> {
  const raw = MultipartSchema.safeParse(body);
  if (!raw.success) return { ok: false, message: 'an upload must be multipart/form-data' };
  let form: FormData;
  try {
    form = await new Response(raw.data.bytes, { headers: { 'content-type': raw.data.contentType } }).formData();
  } catch {
    return { ok: false, message: 'the multipart body could not be read' };
  }
  let activity: unknown;
  const files: UploadedFile[] = [];
  for (const [field, part] of form.entries()) {
    if (field === 'activity') {
      try {
        activity = JSON.parse(typeof part === 'string' ? part : await part.text()) as unknown;
      } catch {
        return { ok: false, message: 'the activity part is not JSON' };
      }
    } else if (typeof part !== 'string') {
      files.push({ name: fileNameOf(part.name), type: part.type.slice(0, 128), bytes: new Uint8Array(await part.arrayBuffer()) });
    }
  }
  return { ok: true, activity, files };
}

/**
 * Keeps each file no larger than `maxBytes` and returns the attachments: the echo's (name and type,
 * nothing to download) and the bot's (contentUrl into the store, or the too-large marker).
 */
export async function keepFiles(
  db: Db, files: readonly UploadedFile[], by: { conversationId: string; userId: string; maxBytes: number; at: Date; mayImport: boolean },
): Promise<{ echoed: Attachment[]; forBot: Attachment[] }> {
  const echoed: Attachment[] = [];
  const forBot: Attachment[] = [];
  for (const f of files) {
    const contentType = f.type || 'application/octet-stream';
    echoed.push({ contentType, name: f.name });
    const mark: NotKeptMark | null = !by.mayImport ? { recon: 'notKept' } : f.bytes.length > by.maxBytes ? { recon: 'tooLarge', size: f.bytes.length, max: by.maxBytes } : null;
    if (mark) {
      forBot.push({ contentType, name: f.name, content: mark });
      continue;
    }
    const id = randomBytes(18).toString('base64url');
    await insertUpload(db, {
      id, channelId: DIRECTLINE_CHANNEL, conversationId: by.conversationId, userId: by.userId, fileName: f.name, contentType,
      sha256: createHash('sha256').update(f.bytes).digest('hex'), bytes: f.bytes, at: by.at,
    });
    forBot.push({ contentType, name: f.name, contentUrl: uploadUrn(id) });
  }
  return { echoed, forBot };
}
