/**
 * POST /api/messages: Bot Framework activities. The body is checked before the adapter sees it
 * (a malformed or incomplete activity is a 400, never a crash), and in anonymous mode the
 * serviceUrl must be on the allowlist (403 otherwise), so nobody can make the bot post elsewhere.
 */
import type { CloudAdapter, TurnContext } from 'botbuilder';
import type { Request, Response, Server } from 'restify';
import type { Logger } from 'pino';
import { z } from 'zod';
import { serviceUrlAllowed } from '../allowlist.ts';

const IncomingActivitySchema = z
  .object({
    type: z.string().min(1).max(64),
    serviceUrl: z.string().min(1).max(2048),
    channelId: z.string().min(1).max(64),
    conversation: z.object({ id: z.string().min(1).max(512) }).loose(),
    from: z.object({ id: z.string().max(512) }).loose().optional(),
    recipient: z.object({ id: z.string().max(512) }).loose().optional(),
    text: z.string().optional(),
  })
  .loose();

export interface MessagesDeps {
  adapter: CloudAdapter;
  anonymous: boolean;
  allowlist: readonly string[];
  logger: Logger;
  logicFor: (requestId: string) => (context: TurnContext) => Promise<void>;
}

export function registerMessages(server: Server, deps: MessagesDeps): void {
  server.post('/api/messages', async (req: Request, res: Response) => {
    const requestId = String(req.id());
    const parsed = IncomingActivitySchema.safeParse(req.body);
    if (!parsed.success) {
      const fields = [...new Set(parsed.error.issues.map((i) => i.path.join('.') || '(body)'))].join(', ');
      deps.logger.warn({ req: requestId, fields }, 'rejected activity: missing or bad fields');
      res.send(400, { error: { code: 'BadArgument', message: `activity is missing or has bad fields: ${fields}` } });
      return;
    }
    if (deps.anonymous && !serviceUrlAllowed(parsed.data.serviceUrl, deps.allowlist)) {
      deps.logger.warn({ req: requestId, conv: parsed.data.conversation.id, serviceUrl: parsed.data.serviceUrl }, 'rejected serviceUrl not on the allowlist');
      res.send(403, { error: { code: 'Forbidden', message: 'serviceUrl is not on the allowlist' } });
      return;
    }
    try {
      await deps.adapter.process(req, res, deps.logicFor(requestId));
    } catch (err) {
      deps.logger.error({ req: requestId, conv: parsed.data.conversation.id, err }, 'activity processing failed');
      if (!res.headersSent) res.send(500, { error: { code: 'InternalError', message: `request ${requestId} failed` } });
    }
  });
}
