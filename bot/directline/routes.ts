/**
 * Direct Line 3.0 endpoints Web Chat needs, served on premises: start a conversation, generate and
 * refresh tokens, post an activity (echoed back with a unique id), get activities after a
 * watermark. With DIRECTLINE_SECRET set, every call needs the secret or a token issued with it.
 */
import { randomBytes } from 'node:crypto';
import type { Request, Response, Server } from 'restify';
import type { Logger } from 'pino';
import { z } from 'zod';
import type { Activity, TurnContext } from 'botbuilder';
import type { Db } from '../../engine/store/db.ts';
import {
  appendDirectLineActivity,
  directLineConversationExists,
  insertDirectLineConversation,
  listDirectLineActivities,
} from '../../engine/store/botDirectline.ts';
import { activityId, BOT_ACCOUNT, DIRECTLINE_CHANNEL, DIRECTLINE_SERVICE_URL, type DirectLineAdapter } from './adapter.ts';
import { secretMatches, type TokenClaims, type TokenIssuer } from './tokens.ts';
import { clientAddress } from '../http/clientAddress.ts';
import { tooMany } from '../http/edge.ts';
import type { RateLimits } from '../http/rateLimit.ts';

export interface DirectLineDeps {
  db: Db;
  adapter: DirectLineAdapter;
  tokens: TokenIssuer;
  secret: string | undefined;
  logger: Logger;
  now: () => Date;
  /** The bot's turn logic for one request id. */
  logicFor: (requestId: string) => (context: TurnContext) => Promise<void>;
  /** Per-person budget for tokens and posted activities (the client address's is taken at the edge). */
  rate: RateLimits;
  /** Proxies whose X-Forwarded-For is believed, for the budget of a caller without a user id. */
  trustProxy?: readonly string[];
}

const UserSchema = z.object({ id: z.string().trim().min(1).max(128), name: z.string().max(128).optional() }).loose();
const GenerateBodySchema = z.object({ user: UserSchema.optional() }).loose();
const PostedActivitySchema = z
  .object({
    type: z.string().min(1).max(64),
    text: z.string().max(200_000).optional(),
    textFormat: z.string().max(32).optional(),
    locale: z.string().max(32).optional(),
    from: UserSchema.partial().optional(),
    value: z.unknown().optional(),
    name: z.string().max(256).optional(),
    channelData: z.record(z.string(), z.unknown()).optional(),
  })
  .loose();
const WatermarkSchema = z.union([z.undefined(), z.literal(''), z.string().regex(/^\d{1,9}$/)]);
const ConversationIdSchema = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/);

type Auth = { kind: 'secret' } | { kind: 'token'; claims: TokenClaims } | { kind: 'open' };

function bearer(req: Request): string | null {
  const h = req.headers.authorization;
  const m = typeof h === 'string' ? /^Bearer\s+(.+)$/i.exec(h.trim()) : null;
  return m?.[1] ?? null;
}

function problem(res: Response, status: number, code: string, message: string): void {
  res.send(status, { error: { code, message } });
}

export function registerDirectLine(server: Server, deps: DirectLineDeps): void {
  const { db, tokens, secret, adapter, logger } = deps;

  /** Who is calling: the secret, a valid token, or nobody (allowed only without a secret). */
  function authenticate(req: Request): Auth | null {
    const presented = bearer(req);
    if (presented !== null) {
      if (secret && secretMatches(presented, secret)) return { kind: 'secret' };
      const claims = tokens.verify(presented);
      return claims ? { kind: 'token', claims } : null;
    }
    return secret ? null : { kind: 'open' };
  }

  const newConversationId = (): string => randomBytes(12).toString('base64url');

  async function startConversation(userId: string | null): Promise<{ conversationId: string; token: string; expires_in: number }> {
    const conversationId = newConversationId();
    await insertDirectLineConversation(db, conversationId, userId);
    return { conversationId, token: tokens.issue(conversationId, userId), expires_in: tokens.expiresIn };
  }

  async function runTurn(requestId: string, activity: Partial<Activity>): Promise<void> {
    await adapter.processActivity(activity, deps.logicFor(requestId));
  }

  server.post('/v3/directline/tokens/generate', async (req: Request, res: Response) => {
    const auth = authenticate(req);
    if (!auth || auth.kind === 'token') return problem(res, 403, 'Forbidden', 'the Direct Line secret is required');
    const body = GenerateBodySchema.safeParse(req.body ?? {});
    if (!body.success) return problem(res, 400, 'BadArgument', 'body must be {"user":{"id":"..."}}');
    const budget = await deps.rate.user(`directline:${body.data.user?.id ?? `ip:${clientAddress(req, deps.trustProxy ?? [])}`}`);
    if (!budget.ok) return tooMany(res, budget.retryAfterSeconds);
    res.send(200, await startConversation(body.data.user?.id ?? null));
  });

  server.post('/v3/directline/tokens/refresh', async (req: Request, res: Response) => {
    const auth = authenticate(req);
    if (!auth || auth.kind !== 'token') return problem(res, 403, 'Forbidden', 'a valid token is required');
    const { conv, user } = auth.claims;
    res.send(200, { conversationId: conv, token: tokens.issue(conv, user), expires_in: tokens.expiresIn });
  });

  server.post('/v3/directline/conversations', async (req: Request, res: Response) => {
    const auth = authenticate(req);
    if (!auth) return problem(res, 403, 'Forbidden', 'the Direct Line secret or a token is required');
    let started: { conversationId: string; token: string; expires_in: number };
    let userId: string | null;
    if (auth.kind === 'token') {
      userId = auth.claims.user;
      if (!(await directLineConversationExists(db, auth.claims.conv))) await insertDirectLineConversation(db, auth.claims.conv, userId);
      started = { conversationId: auth.claims.conv, token: tokens.issue(auth.claims.conv, userId), expires_in: tokens.expiresIn };
    } else {
      userId = null;
      started = await startConversation(null);
    }
    res.send(201, started);
    if (userId) {
      // Like the cloud service: tell the bot who joined, so it can greet the person by role.
      const update: Partial<Activity> = {
        type: 'conversationUpdate',
        id: `${started.conversationId}|start`,
        channelId: DIRECTLINE_CHANNEL,
        serviceUrl: DIRECTLINE_SERVICE_URL,
        conversation: { id: started.conversationId, isGroup: false, conversationType: 'personal', name: '' },
        from: { id: userId, name: '' },
        recipient: BOT_ACCOUNT,
        membersAdded: [{ id: userId, name: '' }],
        timestamp: deps.now(),
      };
      runTurn(String(req.id()), update).catch((err: unknown) => logger.error({ req: req.id(), conv: started.conversationId, err }, 'conversation start turn failed'));
    }
  });

  server.post('/v3/directline/conversations/:id/activities', async (req: Request, res: Response) => {
    const auth = authenticate(req);
    const id = ConversationIdSchema.safeParse(req.params.id);
    if (!auth) return problem(res, 403, 'Forbidden', 'the Direct Line secret or a token is required');
    if (!id.success || (auth.kind === 'token' && auth.claims.conv !== id.data)) return problem(res, 403, 'Forbidden', 'token is not for this conversation');
    if (!(await directLineConversationExists(db, id.data))) return problem(res, 404, 'NotFound', 'unknown conversation');
    const posted = PostedActivitySchema.safeParse(req.body);
    if (!posted.success) return problem(res, 400, 'BadArgument', 'body must be an activity with a "type"');
    const userId = auth.kind === 'token' && auth.claims.user ? auth.claims.user : (posted.data.from?.id ?? 'anonymous');
    const budget = await deps.rate.user(`directline:${userId === 'anonymous' ? `conv:${id.data}` : userId}`);
    if (!budget.ok) return tooMany(res, budget.retryAfterSeconds);
    const from = { id: userId, name: posted.data.from?.name ?? '', role: 'user' };
    let echoedId = '';
    const timestamp = deps.now().toISOString();
    const { type, text, textFormat, locale, value, name, channelData } = posted.data;
    const activity: Partial<Activity> = {
      type, text, textFormat, locale, value, name,
      channelData: channelData ?? {},
      from,
      conversation: { id: id.data, isGroup: false, conversationType: 'personal', name: '' },
      recipient: BOT_ACCOUNT,
      channelId: DIRECTLINE_CHANNEL,
      timestamp: new Date(timestamp),
    };
    await appendDirectLineActivity(db, id.data, (seq) => {
      echoedId = activityId(id.data, seq);
      return JSON.parse(JSON.stringify({ ...activity, id: echoedId, timestamp })) as Record<string, unknown>;
    });
    await runTurn(String(req.id()), { ...activity, id: echoedId, serviceUrl: DIRECTLINE_SERVICE_URL });
    res.send(200, { id: echoedId });
  });

  server.get('/v3/directline/conversations/:id/activities', async (req: Request, res: Response) => {
    const auth = authenticate(req);
    const id = ConversationIdSchema.safeParse(req.params.id);
    if (!auth) return problem(res, 403, 'Forbidden', 'the Direct Line secret or a token is required');
    if (!id.success || (auth.kind === 'token' && auth.claims.conv !== id.data)) return problem(res, 403, 'Forbidden', 'token is not for this conversation');
    const mark = WatermarkSchema.safeParse(req.query?.watermark);
    if (!mark.success) return problem(res, 400, 'BadArgument', 'watermark must be a number');
    if (!(await directLineConversationExists(db, id.data))) return problem(res, 404, 'NotFound', 'unknown conversation');
    const page = await listDirectLineActivities(db, id.data, mark.data ? Number(mark.data) : 0);
    res.send(200, { activities: page.activities, watermark: String(page.watermark) });
  });
}
