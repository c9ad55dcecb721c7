/** GET /healthz (database reachable, version) and GET /metrics (Prometheus text format). */
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

export function registerOps(server: Server, deps: { db: Db; version: string; metrics: BotMetrics; logger: Logger }): void {
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
    try {
      const body = await deps.metrics.registry.metrics();
      res.sendRaw(200, body, { 'Content-Type': deps.metrics.registry.contentType });
    } catch (err) {
      deps.logger.error({ req: req.id(), err }, 'metrics collection failed');
      res.send(500, { error: { code: 'InternalError', message: 'metrics unavailable' } });
    }
  });
}
