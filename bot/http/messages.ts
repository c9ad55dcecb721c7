/**
 * POST /api/messages: Bot Framework activities. The body is checked before the adapter sees it
 * (a malformed or incomplete activity is a 400, never a crash), and in anonymous mode the
 * serviceUrl must be on the allowlist (403 otherwise), so nobody can make the bot post elsewhere.
 * Each person has a message budget (RATE_LIMIT_USER_PER_MINUTE): in anonymous mode it is taken
 * before the turn (429 with Retry-After); with an app id it is taken only once the adapter has
 * checked the channel's token, so a forged sender cannot use up a real person's budget, and a
 * message over budget is dropped (logged) rather than answered 429 to the channel.
 */
import type { CloudAdapter, TurnContext } from 'botbuilder';
import type { Request, Response, Server } from 'restify';
import type { Logger } from 'pino';
import { z } from 'zod';
import { serviceUrlAllowed } from '../allowlist.ts';
import { storedString as stored, tooMany } from './edge.ts';
import type { RateLimits } from './rateLimit.ts';

const IncomingActivitySchema = z
  .object({
    type: z.string().min(1).max(64),
    serviceUrl: z.string().min(1).max(2048),
    channelId: z.string().min(1).max(64),
    conversation: z.object({ id: stored(512).pipe(z.string().min(1)) }).loose(),
    // Every activity a channel sends names its sender; the turn reads from.id for who is asking.
    from: z.object({ id: stored(512).pipe(z.string().min(1)), name: stored(512).optional() }).loose(),
    recipient: z.object({ id: stored(512) }).loose().optional(),
    // Text may hold anything: the turn reads it, and what is stored of it is made storable (tested).
    text: z.string().optional(),
    locale: z.string().max(64).optional(),
    membersAdded: z.array(z.object({ id: stored(512) }).loose()).optional(),
    membersRemoved: z.array(z.object({ id: stored(512) }).loose()).optional(),
  })
  .loose();

export interface MessagesDeps {
  adapter: CloudAdapter;
  anonymous: boolean;
  allowlist: readonly string[];
  logger: Logger;
  logicFor: (requestId: string) => (context: TurnContext) => Promise<void>;
  rate: RateLimits;
}

/** Whose budget a message is taken from: channel and sender (the conversation when no sender). */
function userKey(a: { channelId?: string; from?: { id?: string }; conversation?: { id?: string } }): string {
  return `${a.channelId ?? ''}:${a.from?.id ?? `conv:${a.conversation?.id ?? ''}`}`;
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
    let logic = deps.logicFor(requestId);
    if (deps.anonymous) {
      const decision = await deps.rate.user(userKey(parsed.data));
      if (!decision.ok) {
        deps.logger.warn({ req: requestId, conv: parsed.data.conversation.id }, 'rejected activity: sender over the rate limit');
        tooMany(res, decision.retryAfterSeconds);
        return;
      }
    } else {
      const run = logic;
      logic = async (context) => {
        const decision = await deps.rate.user(userKey(context.activity));
        if (decision.ok) return run(context);
        deps.logger.warn({ req: requestId, conv: context.activity.conversation?.id ?? '' }, 'dropped activity: sender over the rate limit');
      };
    }
    // With an app id, the adapter checks the channel's token before the turn. It answers a token that
    // does not verify itself, with the token library's message (jsonwebtoken's 'invalid signature' even
    // as a 500): every refusal before the turn starts is answered here instead, 401 and nothing more.
    let started = false;
    const run = logic;
    logic = async (context) => {
      started = true;
      return run(context);
    };
    const refused = (status: number) => !deps.anonymous && !started && status >= 400;
    let held: number | undefined;
    const answer = {
      status(code: number) {
        if (refused(code)) held = code;
        else res.status(code);
        return answer;
      },
      header: (name: string, value: string) => res.header(name, value),
      send(body?: unknown) {
        if (held === undefined) return res.send(body);
        deps.logger.warn({ req: requestId, conv: parsed.data.conversation.id, status: held, reason: typeof body === 'string' ? body.slice(0, 200) : undefined }, 'refused activity: the channel token did not verify');
        res.send(401, { error: { code: 'Unauthorized', message: 'the request is not authorized' } });
      },
      end() {
        if (held === undefined) return res.end();
        if (!res.headersSent) this.send();
      },
    };
    try {
      await deps.adapter.process(req, answer as unknown as Response, logic);
    } catch (err) {
      deps.logger.error({ req: requestId, conv: parsed.data.conversation.id, err }, 'activity processing failed');
      if (!res.headersSent) res.send(500, { error: { code: 'InternalError', message: `request ${requestId} failed` } });
    }
  });
}
