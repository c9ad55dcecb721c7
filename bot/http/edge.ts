/**
 * The HTTP edge in front of every route, in this order:
 * 1. Web Chat page and Direct Line: the Host (and Origin) must name a public origin (421/403);
 * 2. /api/messages, Direct Line and sign-in (/auth/*): the client address's rate limit (429 with Retry-After);
 * 3. every route: the body, read by bot/http/body.ts within its limits (400/408/413/415); JSON, or
 *    multipart on Direct Line's upload route only.
 * A refused request is answered with `Connection: close`, so an unread body cannot linger on the
 * connection. Nothing here throws out of a request.
 */
import type { Request, Response, Server, Next } from 'restify';
import type { Logger } from 'pino';
import { z } from 'zod';
import { storableText } from '../../engine/store/canonical.ts';
import { readJsonBody, readMultipartBody, type BodyLimits } from './body.ts';
import { clientAddress } from './clientAddress.ts';
import type { PublicOrigins } from './hostCheck.ts';
import type { RateLimits } from './rateLimit.ts';

export interface EdgeDeps {
  limits: BodyLimits;
  rate: RateLimits;
  origins: PublicOrigins;
  trustProxy: readonly string[];
  logger: Logger;
}

/** True for the routes a browser uses: the page, its bundle, Direct Line, sign-in (/auth/*). */
export function isWebRoute(path: string): boolean {
  return path === '/' || path.startsWith('/webchat/') || path.startsWith('/v3/directline/') || path.startsWith('/auth/');
}

/** Room for the activity part and the boundaries of an upload, beyond its files. */
const MULTIPART_OVERHEAD = 256 * 1024;

/** Direct Line's upload route (POST .../conversations/{id}/upload), the one that takes multipart. */
export function isUploadRoute(path: string): boolean {
  return /^\/v3\/directline\/conversations\/[^/]+\/upload$/.test(path);
}

/**
 * The routes under the per-address limit: the bot's, Direct Line, and sign-in (/auth/*), where each
 * callback makes a request to the IdP with the bank's client credentials, so a burst could get the
 * client throttled there and nobody could sign in.
 */
function isLimitedRoute(path: string): boolean {
  return path === '/api/messages' || path.startsWith('/v3/directline/') || path.startsWith('/auth/');
}

/** Answers a refusal and closes the connection afterwards. */
export function refuse(res: Response, status: number, code: string, message: string, headers: Record<string, string> = {}): void {
  if (res.headersSent) return;
  res.setHeader('Connection', 'close');
  for (const [k, v] of Object.entries(headers)) res.setHeader(k, v);
  res.send(status, { error: { code, message } });
}

/** 429 with Retry-After (seconds). */
export function tooMany(res: Response, retryAfterSeconds: number): void {
  refuse(res, 429, 'TooManyRequests', `too many requests; retry after ${retryAfterSeconds} s`, { 'Retry-After': String(retryAfterSeconds) });
}

export function installEdge(server: Server, deps: EdgeDeps): void {
  const { logger } = deps;
  server.use((req: Request, res: Response, next: Next) => {
    const path = req.getPath();
    const requestId = String(req.id());
    // Direct Line answers carry tokens and a person's conversation: no browser or proxy cache keeps them.
    if (path.startsWith('/v3/directline/')) res.setHeader('Cache-Control', 'no-store');
    if (isWebRoute(path)) {
      const why = deps.origins.refusal(req);
      if (why) {
        logger.warn({ req: requestId, path, why }, 'request refused: not a public origin');
        // Its own code, so the Web Chat page can tell a server setting from a session that ended.
        refuse(res, why.startsWith('Host') ? 421 : 403, 'NotPublicOrigin', 'this server does not answer for that host or origin');
        return next(false);
      }
    }
    const readBody = async (): Promise<boolean> => {
      if (isLimitedRoute(path)) {
        const address = clientAddress(req, deps.trustProxy);
        const decision = await deps.rate.ip(address);
        if (!decision.ok) {
          logger.warn({ req: requestId, path, address }, 'request refused: client address over its rate limit');
          tooMany(res, decision.retryAfterSeconds);
          return false;
        }
      }
      const upload = deps.limits.maxUploadBytes;
      // The activity part and the multipart framing come on top of the files (each checked by the route).
      const outcome = upload !== undefined && req.method === 'POST' && isUploadRoute(path)
        ? await readMultipartBody(req, upload + MULTIPART_OVERHEAD, deps.limits.bodyTimeoutMs)
        : await readJsonBody(req, deps.limits);
      if (outcome.ok) {
        req.body = outcome.body;
        return true;
      }
      logger.warn({ req: requestId, path, status: outcome.status, why: outcome.message }, 'request refused: body');
      refuse(res, outcome.status, outcome.code, outcome.message);
      return false;
    };
    readBody().then(
      (proceed) => next(proceed ? undefined : false),
      (err: unknown) => {
        logger.error({ req: requestId, path, err }, 'request edge failed');
        refuse(res, 500, 'InternalError', `request ${requestId} failed`);
        next(false);
      },
    );
  });
}

/**
 * A string of at most `max` characters that the store keeps as sent: a lone surrogate (half of a
 * UTF-16 pair) or a NUL would be stored as something other than what was checked, hashed or audited
 * (engine/store/canonical.ts), so an id holding one is refused at the edge (400).
 */
export function storedString(max: number) {
  return z.string().max(max).refine(storableText, 'holds a NUL or half a surrogate pair');
}
