/**
 * A tiny Bot Framework connector on loopback: it accepts what the bot posts to
 * /v3/conversations/:id/activities[/:replyTo] and keeps it, so tests assert on the replies a
 * channel would receive. `failFor` makes one conversation answer with a status code; `files` are
 * served for download, as a channel serves the attachments people send.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Captured {
  conversationId: string;
  /** The activity id in the URL when the bot posted a reply (`…/activities/:replyTo`), else null. */
  replyTo: string | null;
  activity: Record<string, unknown>;
}

export interface FakeConnector {
  url: string;
  received: Captured[];
  /** Conversation id → HTTP status to answer with (e.g. 404 gone, 500 failing). */
  failFor: Map<string, number>;
  attempts: Map<string, number>;
  repliesTo(conversationId: string): Array<Record<string, unknown>>;
  /** Files served at GET /files/<name> (a channel's attachment download links). */
  files: Map<string, Uint8Array>;
  close(): Promise<void>;
}

export async function startConnector(): Promise<FakeConnector> {
  const received: Captured[] = [];
  const failFor = new Map<string, number>();
  const attempts = new Map<string, number>();
  const files = new Map<string, Uint8Array>();
  let n = 0;
  const server: Server = createServer((req, res) => {
    const file = req.method === 'GET' && req.url?.startsWith('/files/') ? files.get(decodeURIComponent(req.url.slice('/files/'.length))) : undefined;
    if (file) {
      res.statusCode = 200;
      res.setHeader('content-type', 'application/octet-stream');
      res.end(file);
      return;
    }
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const m = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?$/.exec(req.url ?? '');
      if (req.method !== 'POST' || !m) {
        res.statusCode = 404;
        res.end();
        return;
      }
      const conversationId = decodeURIComponent(m[1]!);
      attempts.set(conversationId, (attempts.get(conversationId) ?? 0) + 1);
      const fail = failFor.get(conversationId);
      if (fail) {
        res.statusCode = fail;
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify({ error: { code: 'Failed', message: `status ${fail}` } }));
        return;
      }
      received.push({ conversationId, replyTo: m[2] ? decodeURIComponent(m[2]) : null, activity: JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown> });
      // Not writeHead(...).end(): restify patches ServerResponse and its writeHead returns nothing.
      res.statusCode = 200;
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ id: `r${++n}` }));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    failFor,
    attempts,
    files,
    repliesTo: (id) => received.filter((c) => c.conversationId === id).map((c) => c.activity),
    close: () => new Promise((r) => server.close(() => r())),
  };
}
