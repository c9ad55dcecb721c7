/**
 * Repository for files sent in chat (migration 100): the bytes of one attachment, who sent it in
 * which conversation, kept until the dialog that imports it is done (or retention removes them).
 */
import { z } from 'zod';
import type { Db } from '../db.ts';

export interface StoredUpload {
  readonly id: string;
  readonly channelId: string;
  readonly conversationId: string;
  readonly userId: string;
  readonly fileName: string;
  readonly contentType: string;
  readonly sha256: string;
  readonly bytes: Uint8Array;
}

/** An upload to keep: what is stored, and when it was received. */
export interface NewUpload extends StoredUpload {
  readonly at: Date;
}

const UploadRowSchema = z.object({
  id: z.string(),
  channel_id: z.string(),
  conversation_id: z.string(),
  user_id: z.string(),
  file_name: z.string(),
  content_type: z.string(),
  sha256: z.string(),
  bytes: z.instanceof(Uint8Array),
});

export async function insertUpload(db: Db, u: NewUpload): Promise<void> {
  await db.query(
    `INSERT INTO chat_uploads (id, channel_id, conversation_id, user_id, file_name, content_type, size, sha256, bytes, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
    [u.id, u.channelId, u.conversationId, u.userId, u.fileName, u.contentType, u.bytes.length, u.sha256, u.bytes, u.at.toISOString()],
  );
}

/** The upload `id`, or null when it is unknown (or pruned). */
export async function getUpload(db: Db, id: string): Promise<StoredUpload | null> {
  const res = await db.query('SELECT id, channel_id, conversation_id, user_id, file_name, content_type, sha256, bytes FROM chat_uploads WHERE id = $1', [id]);
  if (res.rows.length === 0) return null;
  const r = UploadRowSchema.parse(res.rows[0]);
  return {
    id: r.id, channelId: r.channel_id, conversationId: r.conversation_id, userId: r.user_id,
    fileName: r.file_name, contentType: r.content_type, sha256: r.sha256, bytes: r.bytes,
  };
}

/** Removes a file once it is imported, declined or found unreadable (the import keeps its sha256). */
export async function deleteUpload(db: Db, id: string): Promise<void> {
  await db.query('DELETE FROM chat_uploads WHERE id = $1', [id]);
}
