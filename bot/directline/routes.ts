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
} from '../../engine/store/chat/directline.ts';
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

/** Who is calling: the secret, a valid token, or nobody (allowed only without a secret). */
function authenticate(req: Request, deps: DirectLineDeps): Auth | null {
  const presented = bearer(req);
  if (presented !== null) {
    if (deps.secret && secretMatches(presented, deps.secret)) return { kind: 'secret' };
    const claims = deps.tokens.verify(presented);
    return claims ? { kind: 'token', claims } : null;
  }
  return deps.secret ? null : { kind: 'open' };
}

/** The conversation in the path when the caller may use it; otherwise answers 403 and returns null. */
function conversationFor(req: Request, res: Response, auth: Auth | null): string | null {
  const id = ConversationIdSchema.safeParse(req.params.id);
  if (!auth) {
    problem(res, 403, 'Forbidden', 'the Direct Line secret or a token is required');
    return null;
  }
  if (!id.success || (auth.kind === 'token' && auth.claims.conv !== id.data)) {
    problem(res, 403, 'Forbidden', 'token is not for this conversation');
    return null;
  }
  return id.data;
}

type Started = { conversationId: string; token: string; expires_in: number };

const newConversationId = (): string => randomBytes(12).toString('base64url');

async function startConversation(deps: DirectLineDeps, userId: string | null): Promise<Started> {
  const conversationId = newConversationId();
  await insertDirectLineConversation(deps.db, conversationId, userId);
  return { conversationId, token: deps.tokens.issue(conversationId, userId), expires_in: deps.tokens.expiresIn };
}

async function runTurn(deps: DirectLineDeps, requestId: string, activity: Partial<Activity>): Promise<void> {
  await deps.adapter.processActivity(activity, deps.logicFor(requestId));
}

/** Like the cloud service: tells the bot who joined, so it can greet the person by role. */
function announceMember(deps: DirectLineDeps, requestId: string, conversationId: string, userId: string): void {
  const update: Partial<Activity> = {
    type: 'conversationUpdate',
    id: `${conversationId}|start`,
    channelId: DIRECTLINE_CHANNEL,
    serviceUrl: DIRECTLINE_SERVICE_URL,
    conversation: { id: conversationId, isGroup: false, conversationType: 'personal', name: '' },
    from: { id: userId, name: '' },
    recipient: BOT_ACCOUNT,
    membersAdded: [{ id: userId, name: '' }],
    timestamp: deps.now(),
  };
  runTurn(deps, requestId, update).catch((err: unknown) => deps.logger.error({ req: requestId, conv: conversationId, err }, 'conversation start turn failed'));
}

/** POST /v3/directline/conversations: starts one (secret) or opens the token's (token). */
function createConversation(deps: DirectLineDeps) {
  return async (req: Request, res: Response): Promise<void> => {
    const auth = authenticate(req, deps);
    if (!auth) return problem(res, 403, 'Forbidden', 'the Direct Line secret or a token is required');
    let started: Started;
    let userId: string | null;
    if (auth.kind === 'token') {
      userId = auth.claims.user;
      if (!(await directLineConversationExists(deps.db, auth.claims.conv))) await insertDirectLineConversation(deps.db, auth.claims.conv, userId);
      started = { conversationId: auth.claims.conv, token: deps.tokens.issue(auth.claims.conv, userId), expires_in: deps.tokens.expiresIn };
    } else {
      userId = null;
      started = await startConversation(deps, null);
    }
    res.send(201, started);
    if (userId) announceMember(deps, String(req.id()), started.conversationId, userId);
  };
}

/** POST .../activities: stores the activity (echoed with a unique id), runs the turn, answers the id. */
function postActivity(deps: DirectLineDeps) {
  return async (req: Request, res: Response): Promise<void> => {
    const auth = authenticate(req, deps);
    const conversationId = conversationFor(req, res, auth);
    if (conversationId === null || !auth) return;
    if (!(await directLineConversationExists(deps.db, conversationId))) return problem(res, 404, 'NotFound', 'unknown conversation');
    const posted = PostedActivitySchema.safeParse(req.body);
    if (!posted.success) return problem(res, 400, 'BadArgument', 'body must be an activity with a "type"');
    const userId = auth.kind === 'token' && auth.claims.user ? auth.claims.user : (posted.data.from?.id ?? 'anonymous');
    const budget = await deps.rate.user(`directline:${userId === 'anonymous' ? `conv:${conversationId}` : userId}`);
    if (!budget.ok) return tooMany(res, budget.retryAfterSeconds);
    const from = { id: userId, name: posted.data.from?.name ?? '', role: 'user' };
    let echoedId = '';
    const timestamp = deps.now().toISOString();
    const { type, text, textFormat, locale, value, name, channelData } = posted.data;
    const activity: Partial<Activity> = {
      type, text, textFormat, locale, value, name,
      channelData: channelData ?? {},
      from,
      conversation: { id: conversationId, isGroup: false, conversationType: 'personal', name: '' },
      recipient: BOT_ACCOUNT,
      channelId: DIRECTLINE_CHANNEL,
      timestamp: new Date(timestamp),
    };
    await appendDirectLineActivity(deps.db, conversationId, (seq) => {
      echoedId = activityId(conversationId, seq);
      return JSON.parse(JSON.stringify({ ...activity, id: echoedId, timestamp })) as Record<string, unknown>;
    });
    await runTurn(deps, String(req.id()), { ...activity, id: echoedId, serviceUrl: DIRECTLINE_SERVICE_URL });
    res.send(200, { id: echoedId });
  };
}

/** GET .../activities: the conversation's activities after the watermark. */
function getActivities(deps: DirectLineDeps) {
  return async (req: Request, res: Response): Promise<void> => {
    const conversationId = conversationFor(req, res, authenticate(req, deps));
    if (conversationId === null) return;
    const mark = WatermarkSchema.safeParse(req.query?.watermark);
    if (!mark.success) return problem(res, 400, 'BadArgument', 'watermark must be a number');
    if (!(await directLineConversationExists(deps.db, conversationId))) return problem(res, 404, 'NotFound', 'unknown conversation');
    const page = await listDirectLineActivities(deps.db, conversationId, mark.data ? Number(mark.data) : 0);
    res.send(200, { activities: page.activities, watermark: String(page.watermark) });
  };
}

export function registerDirectLine(server: Server, deps: DirectLineDeps): void {
  const { tokens } = deps;

  server.post('/v3/directline/tokens/generate', async (req: Request, res: Response) => {
    const auth = authenticate(req, deps);
    if (!auth || auth.kind === 'token') return problem(res, 403, 'Forbidden', 'the Direct Line secret is required');
    const body = GenerateBodySchema.safeParse(req.body ?? {});
    if (!body.success) return problem(res, 400, 'BadArgument', 'body must be {"user":{"id":"..."}}');
    const budget = await deps.rate.user(`directline:${body.data.user?.id ?? `ip:${clientAddress(req, deps.trustProxy ?? [])}`}`);
    if (!budget.ok) return tooMany(res, budget.retryAfterSeconds);
    res.send(200, await startConversation(deps, body.data.user?.id ?? null));
  });

  server.post('/v3/directline/tokens/refresh', async (req: Request, res: Response) => {
    const auth = authenticate(req, deps);
    if (!auth || auth.kind !== 'token') return problem(res, 403, 'Forbidden', 'a valid token is required');
    const { conv, user } = auth.claims;
    res.send(200, { conversationId: conv, token: tokens.issue(conv, user), expires_in: tokens.expiresIn });
  });

  server.post('/v3/directline/conversations', createConversation(deps));
  server.post('/v3/directline/conversations/:id/activities', postActivity(deps));
  server.get('/v3/directline/conversations/:id/activities', getActivities(deps));
}
