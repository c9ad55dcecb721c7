/**
 * GET /healthz (database reachable, version) and GET /metrics (Prometheus text format). The
 * metrics say how many differences are open and how busy the bot is: with METRICS_TOKEN they need
 * that bearer token, without it they answer only to the machine itself (loopback).
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Request, Response, Server } from 'restify';
import type { Logger } from 'pino';
import type { Db } from '../../engine/store/db.ts';
import type { BotMetrics } from '../metrics.ts';

/** How long /healthz waits for `SELECT 1` before it reports the database unreachable. */
export const HEALTH_TIMEOUT_MS = 1000;

/**
 * Asks the database `SELECT 1` on every call, waiting at most `timeoutMs`. The reason is a code
 * (`timeout`, `ECONNREFUSED`, the server's SQLSTATE such as `57P01`) and never the message, which
 * may name hosts and users.
 */
export async function checkDatabase(db: Db, timeoutMs = HEALTH_TIMEOUT_MS): Promise<{ ok: true } | { ok: false; reason: string; err: unknown }> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), timeoutMs);
  });
  try {
    const outcome = await Promise.race([db.query('SELECT 1').then(() => 'ok' as const), timeout]);
    return outcome === 'ok' ? { ok: true } : { ok: false, reason: 'timeout', err: new Error(`no answer within ${timeoutMs} ms`) };
  } catch (err) {
    const code = (err as { code?: unknown } | null)?.code;
    return { ok: false, reason: typeof code === 'string' && /^[A-Z0-9_]{1,32}$/.test(code) ? code : 'error', err };
  } finally {
    clearTimeout(timer);
  }
}

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

const digest = (s: string): Buffer => createHash('sha256').update(s, 'utf8').digest();

/** 200 when the scraper may read the metrics, else the status to refuse with. */
export function metricsAccess(req: Request, token: string | undefined): 200 | 401 | 403 {
  if (token === undefined) return LOOPBACK.has(req.socket.remoteAddress ?? '') ? 200 : 403;
  const given = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
  // Hashes of equal length, so the comparison takes the same time whatever was sent.
  return given !== undefined && timingSafeEqual(digest(given), digest(token)) ? 200 : 401;
}

export function registerOps(server: Server, deps: { db: Db; version: string; metrics: BotMetrics; logger: Logger; metricsToken?: string }): void {
  // Load balancers and uptime probes often ask with HEAD: the same answer without a body.
  server.head('/healthz', async (_req: Request, res: Response) => {
    const check = await checkDatabase(deps.db);
    res.send(check.ok ? 200 : 503);
  });

  server.get('/healthz', async (req: Request, res: Response) => {
    const check = await checkDatabase(deps.db);
    if (check.ok) {
      res.send(200, { status: 'ok', database: 'reachable', engine: deps.db.engine, version: deps.version });
    } else {
      deps.logger.error({ req: req.id(), err: check.err, reason: check.reason }, 'health check: database unreachable');
      res.send(503, { status: 'unavailable', database: 'unreachable', reason: check.reason, engine: deps.db.engine, version: deps.version });
    }
  });

  server.get('/metrics', async (req: Request, res: Response) => {
    const access = metricsAccess(req, deps.metricsToken);
    if (access !== 200) {
      if (access === 401) res.header('WWW-Authenticate', 'Bearer realm="metrics"');
      res.send(access, { error: { code: access === 401 ? 'Unauthorized' : 'Forbidden', message: access === 401 ? 'metrics need METRICS_TOKEN as a bearer token' : 'metrics answer only on loopback unless METRICS_TOKEN is set' } });
      return;
    }
    try {
      const body = await deps.metrics.registry.metrics();
      res.sendRaw(200, body, { 'Content-Type': deps.metrics.registry.contentType });
    } catch (err) {
      deps.logger.error({ req: req.id(), err }, 'metrics collection failed');
      res.send(500, { error: { code: 'InternalError', message: 'metrics unavailable' } });
    }
  });
}
