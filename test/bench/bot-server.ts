/**
 * The server side of `npm run bench:bot`, run as its own process (as the bot runs in production),
 * so the load generator's CPU does not sit on the bot's event loop. It opens the PostgreSQL schema
 * named in BENCH_SCHEMA (migrated, demo data seeded), starts the bot and, in the same process, a
 * bare restify route with the same body reader (the floor), prints one JSON line
 * `{"bot": URL, "bare": URL}` and serves until stdin closes.
 */
import type { AddressInfo } from 'node:net';
import restify from 'restify';
import { createBotApp } from '../../bot/app.ts';
import { parseBotConfig } from '../../bot/config.ts';
import { readJsonBody } from '../../bot/http/body.ts';
import { createLogger } from '../../bot/logging.ts';
import { dayEndRunner } from '../../bot/ports/dayEnd.ts';
import { noFaq } from '../support/noFaq.ts';
import { openDifferencesByKind } from '../../bot/ports/openDifferences.ts';
import { statusPort } from '../../bot/ports/status.ts';
import { openPg } from '../../engine/store/db.ts';
import { migrate } from '../../engine/store/migrate.ts';
import { seedDemoIfEmpty } from '../bot/support/demo.ts';

const url = process.env.DATABASE_URL;
const schema = process.env.BENCH_SCHEMA;
if (!url || !schema) throw new Error('bot-server needs DATABASE_URL and BENCH_SCHEMA');

const db = await openPg(url, { schema, max: 20 });
await migrate(db);
const now = (): Date => new Date();
await seedDemoIfEmpty(db, now);
// The connector's port is ephemeral; the 50 bench conversations are two people asking about
// 50 questions a second between them, far above a person's limit: the limiters run, with room.
const parsed = parseBotConfig({
  PORT: '0', LOG_LEVEL: 'silent', SUMMARY_ENABLED: 'false', BOT_SERVICE_URL_ALLOWLIST: 'http://127.0.0.1:*',
  RATE_LIMIT_IP_PER_MINUTE: '1000000', RATE_LIMIT_USER_PER_MINUTE: '1000000',
});
if (!parsed.ok) throw new Error(parsed.message);
const config = parsed.config;
const logger = createLogger('silent');
const app = createBotApp({
  config, db, logger, version: 'bench', now,
  status: statusPort(db, now, config.SUMMARY_TIMEZONE), faq: noFaq,
  dayEnd: dayEndRunner(db, now, logger), openDifferences: openDifferencesByKind(db), processMetrics: false,
});
const botUrl = await app.listen(0, '127.0.0.1');

// The floor: restify with the same body reader, a route that answers 200 at once.
const bare = restify.createServer();
bare.use((req: restify.Request, res: restify.Response, next: restify.Next) => {
  void readJsonBody(req, { maxBytes: config.HTTP_MAX_BODY_BYTES, maxDepth: config.HTTP_MAX_JSON_DEPTH }).then((o) => {
    if (o.ok) req.body = o.body;
    else res.send(o.status);
    next(o.ok ? undefined : false);
  });
});
bare.post('/api/messages', async (_req: restify.Request, res: restify.Response) => {
  res.send(200);
});
await new Promise<void>((r) => bare.listen(0, '127.0.0.1', () => r()));
const bareUrl = `http://127.0.0.1:${(bare.address() as AddressInfo).port}/api/messages`;

process.stdout.write(`${JSON.stringify({ bot: `${botUrl}/api/messages`, bare: bareUrl })}\n`);

process.stdin.resume();
process.stdin.on('end', () => {
  void (async () => {
    await app.close();
    await new Promise<void>((r) => bare.close(() => r()));
    await db.close();
    process.exit(0);
  })();
});
