/**
 * Direct Line 3.0 endpoints Web Chat needs, served on premises: start a conversation, generate and
 * refresh tokens, post an activity (echoed back with a unique id), upload files with a message,
 * get activities after a watermark. Who may call, and whose id a token carries, is bot/directline/access.ts's: with
 * DIRECTLINE_SECRET or sign-in configured every call needs the secret, a session or a token.
 */
import { randomBytes } from 'node:crypto';
import type { Request, Response, Server } from 'restify';
import type { Logger } from 'pino';
import { z } from 'zod';
import type { Activity, Attachment, TurnContext } from 'botbuilder';
import type { Db } from '../../engine/store/db.ts';
import { pickLang, type Lang } from '../../engine/i18n/index.ts';
import {
  appendDirectLineActivity,
  directLineConversationExists,
  insertDirectLineConversation,
  listDirectLineActivities,
} from '../../engine/store/chat/directline.ts';
import { activityId, BOT_ACCOUNT, DIRECTLINE_CHANNEL, DIRECTLINE_SERVICE_URL, type DirectLineAdapter } from './adapter.ts';
import type { TokenBinding, TokenIssuer } from './tokens.ts';
import type { WebIdentity } from '../signin/identity.ts';
import { keepFiles, MAX_FILES, readUploadForm } from './upload.ts';
import { identifyCaller, mayUseConversation, speaker, tokenSession, tokenUntil, tokenUser, type Caller } from './access.ts';
import { clientAddress } from '../http/clientAddress.ts';
import { storedString as stored, tooMany } from '../http/edge.ts';
import type { RateLimits } from '../http/rateLimit.ts';

export interface DirectLineDeps {
  db: Db;
  adapter: DirectLineAdapter;
  tokens: TokenIssuer;
  /** Demo, sign-in, portal or guest: decides who may call and whose ids are believed. */
  identity: WebIdentity;
  logger: Logger;
  now: () => Date;
  /** The bot's turn logic for one request id. */
  logicFor: (requestId: string) => (context: TurnContext) => Promise<void>;
  /** Per-person budget for tokens and posted activities (the client address's is taken at the edge). */
  rate: RateLimits;
  /** Proxies whose X-Forwarded-For is believed, for the budget of a caller without a user id. */
  trustProxy?: readonly string[];
  /** Largest file accepted in an upload (UPLOAD_MAX_BYTES); a larger one reaches the bot as too large. */
  uploadMaxBytes: number;
  /** Whether a person may import files (staff): a customer's files are not kept. */
  mayImport: (userId: string) => Promise<boolean>;
}

const UserSchema = z.object({ id: stored(128).pipe(z.string().trim().min(1)), name: stored(128).optional() }).loose();
// `locale`: the page's language (Web Chat's page sends it), carried by the token to the greeting.
const GenerateBodySchema = z.object({ user: UserSchema.optional(), locale: z.string().max(32).optional() }).loose();
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

function problem(res: Response, status: number, code: string, message: string): void {
  res.send(status, { error: { code, message } });
}

/** Who is calling (bot/directline/access.ts): the secret, a token, a signed-in session, or nobody where allowed. */
function authenticate(req: Request, deps: DirectLineDeps): Promise<Caller | null> {
  return identifyCaller(req, deps.identity, deps.tokens);
}

/** The conversation in the path when the caller may use it; otherwise answers 403 and returns null. */
function conversationFor(req: Request, res: Response, auth: Caller | null): string | null {
  const id = ConversationIdSchema.safeParse(req.params.id);
  if (!auth) {
    problem(res, 403, 'Forbidden', 'the Direct Line secret or a token is required');
    return null;
  }
  if (!id.success || !mayUseConversation(auth, id.data)) {
    problem(res, 403, 'Forbidden', 'token is not for this conversation');
    return null;
  }
  return id.data;
}

type Started = { conversationId: string; token: string; expires_in: number };

const newConversationId = (): string => randomBytes(12).toString('base64url');

/**
 * The language the client's Accept-Language prefers most (the first of the highest weight), when
 * it is Chinese or English; undefined otherwise or without the header. A browser sends it on every
 * request, so the greeting can be in the person's language before they type anything.
 */
export function acceptedLang(header: string | string[] | undefined): Lang | undefined {
  const value = Array.isArray(header) ? header.join(',') : header;
  if (!value) return undefined;
  let best: { tag: string; q: number } | undefined;
  for (const part of value.split(',').slice(0, 20)) {
    const [tag = '', ...params] = part.trim().split(';');
    const q = Number(params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined) ?? '1');
    if (tag !== '' && tag !== '*' && Number.isFinite(q) && q > 0 && (!best || q > best.q)) best = { tag, q };
  }
  if (!best) return undefined;
  return /^en\b/i.test(best.tag) ? 'en' : /^zh\b/i.test(best.tag) ? 'zh-CN' : undefined;
}

/** A new conversation with a token bound to `userId`, never outliving `binding.until`; null once that has passed. */
async function startConversation(deps: DirectLineDeps, userId: string | null, binding: TokenBinding): Promise<Started | null> {
  const conversationId = newConversationId();
  const granted = deps.tokens.grant(conversationId, userId, binding);
  if (!granted) return null;
  await insertDirectLineConversation(deps.db, conversationId, userId);
  return { conversationId, ...granted };
}

async function runTurn(deps: DirectLineDeps, requestId: string, activity: Partial<Activity>): Promise<void> {
  await deps.adapter.processActivity(activity, deps.logicFor(requestId));
}

/** Like the cloud service: tells the bot who joined, so it can greet the person by role. */
function announceMember(deps: DirectLineDeps, requestId: string, conversationId: string, userId: string, lang: Lang | undefined): void {
  const update: Partial<Activity> = {
    type: 'conversationUpdate',
    ...(lang ? { locale: lang } : {}),
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

/** POST /v3/directline/conversations: starts one (secret, session, open) or opens the token's (token). */
function createConversation(deps: DirectLineDeps) {
  return async (req: Request, res: Response): Promise<void> => {
    const auth = await authenticate(req, deps);
    if (!auth) return problem(res, 403, 'Forbidden', 'the Direct Line secret, a session or a token is required');
    let started: Started | null;
    const userId = tokenUser(auth, undefined);
    if (auth.kind === 'token') {
      const granted = deps.tokens.grant(auth.claims.conv, userId, auth.claims);
      if (granted && !(await directLineConversationExists(deps.db, auth.claims.conv))) await insertDirectLineConversation(deps.db, auth.claims.conv, userId);
      started = granted && { conversationId: auth.claims.conv, ...granted };
    } else {
      started = await startConversation(deps, userId, { until: tokenUntil(auth), sid: tokenSession(auth) });
    }
    if (!started) return problem(res, 403, 'Forbidden', 'the session has ended');
    res.send(201, started);
    const lang = (auth.kind === 'token' ? auth.claims.lang : undefined) ?? acceptedLang(req.headers['accept-language']);
    if (userId) announceMember(deps, String(req.id()), started.conversationId, userId, lang);
  };
}

/** Attachments of a posted activity: what the client sees echoed, and what the bot's turn is given. */
interface PostedFiles {
  readonly echoed: Attachment[];
  readonly forBot: Attachment[];
}

/**
 * Who speaks, when they may: the token's user, whatever the posted from.id says (outside demo
 * mode; `postedFrom` is the id the client claims), within the person's budget. Otherwise answers
 * (403, 429) and returns null.
 */
async function admit(deps: DirectLineDeps, res: Response, auth: Caller, conversationId: string, postedFrom: string | undefined): Promise<string | null> {
  const userId = speaker(auth, postedFrom);
  if (userId === null) {
    problem(res, 403, 'Forbidden', 'a token is required');
    return null;
  }
  const budget = await deps.rate.user(`directline:${userId === 'anonymous' ? `conv:${conversationId}` : userId}`);
  if (!budget.ok) {
    tooMany(res, budget.retryAfterSeconds);
    return null;
  }
  return userId;
}

/**
 * Stores a posted activity of `userId` (echoed with a unique id), runs the turn, answers the id. An
 * activity without a locale (a button press, a bare "2" from a client that sends none) carries the
 * conversation's: the language its token was made in, so an English chat is not answered in Chinese.
 */
async function accept(
  deps: DirectLineDeps, req: Request, res: Response, userId: string, conversationId: string,
  posted: z.infer<typeof PostedActivitySchema>, files: PostedFiles | null, auth: Caller,
): Promise<void> {
  const from = { id: userId, name: posted.from?.name ?? '', role: 'user' };
  let echoedId = '';
  const timestamp = deps.now().toISOString();
  const { type, text, textFormat, value, name, channelData } = posted;
  const locale = posted.locale ?? (auth.kind === 'token' ? auth.claims.lang : undefined);
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
    return JSON.parse(JSON.stringify({ ...activity, ...(files ? { attachments: files.echoed } : {}), id: echoedId, timestamp })) as Record<string, unknown>;
  });
  const forBot = files ? { attachments: files.forBot } : {};
  await runTurn(deps, String(req.id()), { ...activity, ...forBot, id: echoedId, serviceUrl: DIRECTLINE_SERVICE_URL });
  res.send(200, { id: echoedId });
}

/** POST .../activities: stores the activity (echoed with a unique id), runs the turn, answers the id. */
function postActivity(deps: DirectLineDeps) {
  return async (req: Request, res: Response): Promise<void> => {
    const auth = await authenticate(req, deps);
    const conversationId = conversationFor(req, res, auth);
    if (conversationId === null || !auth) return;
    if (!(await directLineConversationExists(deps.db, conversationId))) return problem(res, 404, 'NotFound', 'unknown conversation');
    const posted = PostedActivitySchema.safeParse(req.body);
    if (!posted.success) return problem(res, 400, 'BadArgument', 'body must be an activity with a "type"');
    const userId = await admit(deps, res, auth, conversationId, posted.data.from?.id);
    if (userId !== null) await accept(deps, req, res, userId, conversationId, posted.data, null, auth);
  };
}

/**
 * POST .../upload?userId=…: a message with files, as Web Chat sends one when the paperclip is used
 * (multipart: an `activity` part, application/vnd.microsoft.activity, and one part per file). The
 * files are kept in the store (bot/directline/upload.ts); the echo names them, and the bot's turn
 * sees each as an attachment whose contentUrl points into the store. Same access rules as posting.
 */
function postUpload(deps: DirectLineDeps) {
  return async (req: Request, res: Response): Promise<void> => {
    const auth = await authenticate(req, deps);
    const conversationId = conversationFor(req, res, auth);
    if (conversationId === null || !auth) return;
    if (!(await directLineConversationExists(deps.db, conversationId))) return problem(res, 404, 'NotFound', 'unknown conversation');
    const form = await readUploadForm(req.body);
    if (!form.ok) return problem(res, 400, 'BadArgument', form.message);
    if (form.files.length === 0) return problem(res, 400, 'BadArgument', 'an upload needs at least one file part');
    if (form.files.length > MAX_FILES) return problem(res, 400, 'BadArgument', `at most ${MAX_FILES} files in one upload`);
    const posted = PostedActivitySchema.safeParse(form.activity ?? { type: 'message' });
    if (!posted.success || posted.data.type !== 'message') return problem(res, 400, 'BadArgument', 'the activity part must be a message activity');
    const claimed = posted.data.from?.id ?? (typeof req.query?.userId === 'string' ? req.query.userId : undefined);
    // Admitted (token, budget) before anything of the upload is kept.
    const userId = await admit(deps, res, auth, conversationId, claimed);
    if (userId === null) return;
    const mayImport = await deps.mayImport(userId);
    const files = await keepFiles(deps.db, form.files, { conversationId, userId, maxBytes: deps.uploadMaxBytes, at: deps.now(), mayImport });
    await accept(deps, req, res, userId, conversationId, posted.data, files, auth);
  };
}

/** GET .../activities: the conversation's activities after the watermark. */
function getActivities(deps: DirectLineDeps) {
  return async (req: Request, res: Response): Promise<void> => {
    const conversationId = conversationFor(req, res, await authenticate(req, deps));
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
    const auth = await authenticate(req, deps);
    if (!auth || auth.kind === 'token') return problem(res, 403, 'Forbidden', 'the Direct Line secret or a signed-in session is required');
    const body = GenerateBodySchema.safeParse(req.body ?? {});
    if (!body.success) return problem(res, 400, 'BadArgument', 'body must be {"user":{"id":"..."}}');
    // The body's user is the portal's (secret) or the demo's; a signed-in person is who the IdP said.
    const userId = tokenUser(auth, body.data.user?.id);
    // Budget per person where the id is believed (session, portal, demo); else per client address (guests get fresh ids).
    const known = auth.kind === 'session' ? auth.session.userId : auth.kind === 'secret' || (auth.kind === 'open' && auth.demo) ? body.data.user?.id : undefined;
    const budget = await deps.rate.user(`directline:${known ?? `ip:${clientAddress(req, deps.trustProxy ?? [])}`}`);
    if (!budget.ok) return tooMany(res, budget.retryAfterSeconds);
    const started = await startConversation(deps, userId, { until: tokenUntil(auth), sid: tokenSession(auth), lang: body.data.locale ? pickLang(body.data.locale) : acceptedLang(req.headers['accept-language']) });
    if (!started) return problem(res, 403, 'Forbidden', 'the session has ended');
    res.send(200, started);
  });

  server.post('/v3/directline/tokens/refresh', async (req: Request, res: Response) => {
    const auth = await authenticate(req, deps);
    if (!auth || auth.kind !== 'token') return problem(res, 403, 'Forbidden', 'a valid token is required');
    const { conv, user } = auth.claims;
    // A token bound to a session never outlives it: at the session's end there is nothing to refresh.
    const granted = tokens.grant(conv, user, auth.claims);
    if (!granted) return problem(res, 403, 'Forbidden', 'the session has ended');
    res.send(200, { conversationId: conv, ...granted });
  });

  server.post('/v3/directline/conversations', createConversation(deps));
  server.post('/v3/directline/conversations/:id/activities', postActivity(deps));
  server.get('/v3/directline/conversations/:id/activities', getActivities(deps));
  server.post('/v3/directline/conversations/:id/upload', postUpload(deps));
}
