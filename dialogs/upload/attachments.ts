/**
 * The files a message carries, read from its attachments (zod at the edge): a Direct Line upload
 * or a channel's file (a name and a contentUrl), a Teams file (`application/vnd.microsoft.teams.
 * file.download.info`, its pre-authorised downloadUrl), or a Direct Line file not kept (too large,
 * or from someone who may not import).
 * Cards, the HTML copy of the text Teams adds, and inline images without a name are not files.
 */
import { z } from 'zod';
import type { FileAttachment } from '../ports.ts';

const TEAMS_FILE = 'application/vnd.microsoft.teams.file.download.info';

const AttachmentSchema = z.object({
  contentType: z.string().max(256).default('application/octet-stream'),
  name: z.string().max(1000).optional(),
  contentUrl: z.string().max(4096).optional(),
  content: z.unknown().optional(),
});
const TeamsFileSchema = z.object({ downloadUrl: z.string().max(4096), fileType: z.string().max(32).optional() });
/**
 * The content of a Direct Line file that was not kept (bot/directline/upload.ts writes it): too
 * large, or sent by someone who may not import (a customer's file is never stored).
 */
const NotKeptSchema = z.discriminatedUnion('recon', [
  z.object({ recon: z.literal('tooLarge'), size: z.number().int(), max: z.number().int() }),
  z.object({ recon: z.literal('notKept') }),
]);
export type NotKeptMark = z.infer<typeof NotKeptSchema>;

/**
 * A file name as people will read it: the last path segment, one line, without control or
 * direction-override characters (U+202E can make "exe.csv" read as "vsc.exe"), at most 200
 * characters with the extension kept.
 */
export function fileNameOf(raw: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what is removed here
  const base = (raw.split(/[\\/]/).pop() ?? '').normalize('NFC').replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '').trim();
  const chars = [...base];
  if (chars.length <= 200) return base || 'upload';
  const dot = base.lastIndexOf('.');
  const ext = dot > 0 && base.length - dot <= 10 ? [...base.slice(dot)] : [];
  return [...chars.slice(0, 200 - ext.length), ...ext].join('');
}

/** The files among an activity's attachments, in order. */
export function fileAttachments(activity: { attachments?: unknown }): FileAttachment[] {
  const list = Array.isArray(activity.attachments) ? activity.attachments : [];
  const out: FileAttachment[] = [];
  for (const raw of list) {
    const a = AttachmentSchema.safeParse(raw);
    if (!a.success || a.data.contentType.startsWith('application/vnd.microsoft.card.')) continue;
    if ((a.data.name ?? '').trim() === '') continue;
    const name = fileNameOf(a.data.name ?? '');
    if (a.data.contentType === TEAMS_FILE) {
      const file = TeamsFileSchema.safeParse(a.data.content);
      if (file.success) out.push({ name, contentType: a.data.contentType, contentUrl: file.data.downloadUrl });
      continue;
    }
    const mark = NotKeptSchema.safeParse(a.data.content);
    if (mark.success && mark.data.recon === 'tooLarge') out.push({ name, contentType: a.data.contentType, tooLarge: { size: mark.data.size, max: mark.data.max } });
    else if (mark.success) out.push({ name, contentType: a.data.contentType, notKept: true });
    else if (a.data.contentUrl) out.push({ name, contentType: a.data.contentType, contentUrl: a.data.contentUrl });
  }
  return out;
}
