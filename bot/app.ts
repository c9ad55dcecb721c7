/**
 * Builds the bot's HTTP application from its parts: restify server, CloudAdapter (/api/messages),
 * the Direct Line bridge and Web Chat page, health and metrics, the main dialog over its ports,
 * and the daily summary. bot/index.ts (production) and the tests and bench call this.
 */
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import restify from 'restify';
import { ConversationState } from 'botbuilder';
import type { Logger } from 'pino';
import type { Db } from '../engine/store/db.ts';
import { type IntentRoute } from '../dialogs/mainDialog.ts';
import { ResolveMainDialog, resolveRoutes } from '../dialogs/resolve/routes.ts';
import type { FaqPort, StatusPort } from '../dialogs/ports.ts';
import { botAppId, createCloudAdapter } from './cloudAdapter.ts';
import { listenHost, type BotConfig } from './config.ts';
import { DirectLineAdapter } from './directline/adapter.ts';
import { registerDirectLine } from './directline/routes.ts';
import { TokenIssuer } from './directline/tokens.ts';
import { signInSettings } from './signin/env.ts';
import { WebIdentity } from './signin/identity.ts';
import { registerSignIn } from './signin/routes.ts';
import { WebSignIn } from './signin/webSignIn.ts';
import { registerMessages } from './http/messages.ts';
import { registerOps } from './http/ops.ts';
import { createMetrics, type BotMetrics } from './metrics.ts';
import { auditPort } from './ports/audit.ts';
import { casePort } from './ports/cases.ts';
import { notifyPort } from './ports/notify.ts';
import { ResolveBot } from './resolve/bot.ts';
import { directoryPort } from './ports/directory.ts';
import { subscriptionPort } from './ports/subscriptions.ts';
import { KeyedQueue } from './queue.ts';
import { PgStorage } from './state/pgStorage.ts';
import { runDailySummary, type SummaryOutcome } from './summary/dailySummary.ts';
import { createTurnRunner } from './turn.ts';
import { registerWebChat } from './webchat/routes.ts';

export interface BotAppDeps {
  config: BotConfig;
  db: Db;
  logger: Logger;
  version: string;
  now: () => Date;
  status: StatusPort;
  faq: FaqPort;
  /** Day-end reconciliation of the accounts due on a day (store's run service). */
  dayEnd: (day: string) => Promise<void>;
  /** Open differences by kind, for the metrics gauge. */
  openDifferences: () => Promise<Array<{ kind: string; count: number }>>;
  /** Dialogs added by later features (resolve, approve, run, setup). */
  routes?: readonly IntentRoute[];
  instanceId?: string;
  retry?: { attempts: number; backoffMs: number };
  /** Process metrics (CPU, memory); off in tests that build several apps. */
  processMetrics?: boolean;
}

export interface BotApp {
  server: restify.Server;
  metrics: BotMetrics;
  logger: Logger;
  directLine: DirectLineAdapter;
  /** Who Web Chat users are: demo, signed in through the IdP, the portal's, or guests. */
  identity: WebIdentity;
  /** Runs the daily summary now (the schedule and the admin command call this). */
  runSummary(trigger: 'schedule' | 'manual'): Promise<SummaryOutcome>;
  /** Starts listening; resolves to the base URL. */
  listen(port?: number, host?: string): Promise<string>;
  close(): Promise<void>;
}

/** "30 18 * * 1-5" → "18:30" for the subscribe confirmation (the expression itself otherwise). */
function timeOfCron(expr: string): string {
  const m = /^(\d{1,2}) (\d{1,2}) /.exec(expr);
  return m ? `${m[2]!.padStart(2, '0')}:${m[1]!.padStart(2, '0')}` : expr;
}

export function createBotApp(deps: BotAppDeps): BotApp {
  const { config, db, logger } = deps;
  const anonymous = !config.MicrosoftAppId;
  const metrics = createMetrics(deps.openDifferences, deps.processMetrics ?? true);
  const cloud = createCloudAdapter(config, logger);
  const directLine = new DirectLineAdapter(db, deps.now);
  directLine.onTurnError = async (context, error) => {
    logger.error({ err: error, conv: context.activity.conversation?.id ?? '' }, 'direct line turn error');
  };
  const directory = directoryPort(db);
  const summaryDeps = {
    db,
    target: { cloud, directLine, appId: botAppId(config) },
    status: deps.status,
    directory,
    dayEnd: deps.dayEnd,
    metrics,
    logger,
    now: deps.now,
    timeZone: config.SUMMARY_TIMEZONE,
    instanceId: deps.instanceId ?? `bot-${process.pid}-${randomBytes(3).toString('hex')}`,
    allowlist: anonymous ? config.BOT_SERVICE_URL_ALLOWLIST : null,
    retry: deps.retry ?? { attempts: 3, backoffMs: 500 },
  };
  const runSummary = (trigger: 'schedule' | 'manual') => runDailySummary(summaryDeps, trigger);

  const resolvePorts = {
    directory, audit: auditPort(db, deps.now), now: deps.now, cases: casePort(db, deps.now),
    notify: notifyPort(db, summaryDeps.target, logger, summaryDeps.retry),
  };
  const main = new ResolveMainDialog(
    {
      directory,
      status: deps.status,
      subscriptions: subscriptionPort(db),
      audit: auditPort(db, deps.now),
      summary: { sendNow: () => runSummary('manual') },
      faq: deps.faq,
      now: deps.now,
    },
    { summaryTime: timeOfCron(config.SUMMARY_CRON), routes: [...(deps.routes ?? []), ...resolveRoutes(resolvePorts)] },
  );
  const bot = new ResolveBot(new ConversationState(new PgStorage(db)), main, directory, db, deps.now, logger);
  const logicFor = createTurnRunner({ bot, queue: new KeyedQueue(), metrics, logger });

  const server = restify.createServer({ name: 'recon-bot', handleUncaughtExceptions: false });
  server.use(restify.plugins.queryParser({ mapParams: false }));
  server.use(restify.plugins.bodyParser({ mapParams: false, maxBodySize: 512 * 1024 }));
  server.on('restifyError', (req: restify.Request, _res: restify.Response, err: Error & { statusCode?: number }, cb: () => void) => {
    logger.warn({ req: req.id(), status: err.statusCode, err: err.message }, 'request refused');
    cb();
  });

  registerMessages(server, { adapter: cloud, anonymous, allowlist: config.BOT_SERVICE_URL_ALLOWLIST, logger, logicFor });
  // Web Chat identity (bot/signin): sign-in through the IdP when OIDC_ISSUER is set.
  const signInConfig = signInSettings(config);
  const signIn = signInConfig ? new WebSignIn(signInConfig, deps.now, logger) : null;
  const identity = new WebIdentity(signIn, config.DIRECTLINE_SECRET, anonymous, listenHost(config), deps.now);
  if (signIn && signInConfig) registerSignIn(server, { signIn, defaultLang: config.RECON_LANG, userClaim: signInConfig.userClaim, logger });
  registerDirectLine(server, {
    db,
    adapter: directLine,
    tokens: new TokenIssuer(config.DIRECTLINE_SECRET ?? config.SESSION_SECRET, deps.now),
    identity,
    logger,
    now: deps.now,
    logicFor,
  });
  registerWebChat(server, { identity, defaultLang: config.RECON_LANG });
  registerOps(server, { db, version: deps.version, metrics, logger });

  return {
    server,
    metrics,
    logger,
    directLine,
    identity,
    runSummary,
    listen(port = config.PORT, host = listenHost(config)) {
      identity.boundTo(host);
      return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          const addr = server.address() as AddressInfo;
          const shown = addr.address.includes(':') ? `[${addr.address}]` : addr.address;
          resolve(`http://${shown === '0.0.0.0' ? '127.0.0.1' : shown}:${addr.port}`);
        });
      });
    },
    close() {
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
