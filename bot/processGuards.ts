/**
 * Last-resort handlers for the process (installed by bot/index.ts only).
 * - An unhandled promise rejection is logged with a reference and the bot keeps serving: a
 *   rejected promise leaves no half-done synchronous work behind, and one bad request must not
 *   stop the bot for everyone.
 * - An uncaught exception is logged with a reference and the process stops cleanly (server and
 *   database closed, exit 70): after a throw out of arbitrary code the process state is unknown
 *   (Node's own advice), so a supervisor (systemd Restart=always, Kubernetes, pm2) starts a
 *   fresh one. The HTTP edge (bot/http/edge.ts) is built so that no request reaches this.
 */
import { randomBytes } from 'node:crypto';
import type { Logger } from 'pino';

export function installProcessGuards(logger: Logger, stop: (code: number) => Promise<void>): void {
  process.on('unhandledRejection', (reason: unknown) => {
    const ref = randomBytes(4).toString('hex');
    logger.error({ err: reason, ref }, 'unhandled promise rejection; still serving');
  });
  let stopping = false;
  process.on('uncaughtException', (err: Error) => {
    const ref = randomBytes(4).toString('hex');
    logger.fatal({ err, ref }, 'uncaught exception; stopping for the supervisor to restart');
    if (stopping) return;
    stopping = true;
    // Give the close a bounded time: a wedged server must not keep a broken process alive.
    setTimeout(() => process.exit(70), 5000).unref();
    stop(70).catch(() => process.exit(70));
  });
}
