/** GET /healthz (database reachable, version) and GET /metrics (Prometheus text format). */
import type { Request, Response, Server } from 'restify';
import type { Logger } from 'pino';
import type { Db } from '../../engine/store/db.ts';
import type { BotMetrics } from '../metrics.ts';

export function registerOps(server: Server, deps: { db: Db; version: string; metrics: BotMetrics; logger: Logger }): void {
  server.get('/healthz', async (req: Request, res: Response) => {
    try {
      await deps.db.query('SELECT 1');
      res.send(200, { status: 'ok', database: 'reachable', engine: deps.db.engine, version: deps.version });
    } catch (err) {
      deps.logger.error({ req: req.id(), err }, 'health check: database unreachable');
      res.send(503, { status: 'unavailable', database: 'unreachable', version: deps.version });
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
