/**
 * Builds the bot's HTTP application from its parts: restify server, CloudAdapter (/api/messages),
 * the Direct Line bridge and Web Chat page, health and metrics, the main dialog over its ports,
 * and the daily summary. bot/index.ts (production) and the tests and bench call this.
 */
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import restify from 'restify';
import { ConversationState, ShowTypingMiddleware } from 'botbuilder';
import type { Logger } from 'pino';
import type { Db } from '../engine/store/db.ts';
import { MainDialog } from '../dialogs/mainDialog.ts';
import { guidedRoutes } from '../dialogs/routes.ts';
import type { DirectoryPort, FaqPort, NotifyPort, StatusPort } from '../dialogs/ports.ts';
import { botAppId, createCloudAdapter } from './cloudAdapter.ts';
import { listenHost, publicOrigins, webChatExposure, type BotConfig } from './config.ts';
import { DirectLineAdapter } from './directline/adapter.ts';
import { registerDirectLine } from './directline/routes.ts';
import { TokenIssuer } from './directline/tokens.ts';
import { installEdge, type EdgeDeps } from './http/edge.ts';
import { PublicOrigins } from './http/hostCheck.ts';
import { signInSettings } from './signin/env.ts';
import { WebIdentity } from './signin/identity.ts';
import { registerSignIn } from './signin/routes.ts';
import { WebSignIn } from './signin/webSignIn.ts';
import { registerMessages } from './http/messages.ts';
import { RateLimits } from './http/rateLimit.ts';
import { registerOps } from './http/ops.ts';
import { createMetrics, type BotMetrics } from './metrics.ts';
import { auditPort } from './ports/audit.ts';
import { casePort } from './ports/cases.ts';
import { notifyPort } from './ports/notify.ts';
import { uploadPort } from './ports/uploads.ts';
import { directoryPort } from './ports/directory.ts';
import { ReconBot } from './reconBot.ts';
import { subscriptionPort } from './ports/subscriptions.ts';
import { KeyedQueue } from './queue.ts';
import { PgStorage } from './state/pgStorage.ts';
import { dailyCheckpoint } from './summary/checkpoint.ts';
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
  /** Whether `/` and Direct Line are served, and why (see config.webChatExposure). */
  webChat: ReturnType<typeof webChatExposure>;
  /** The origins `/` and Direct Line answer for (known once listening). */
  publicOrigins(): string[];
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

/** The dialogs over their ports, and the bot that runs them with its state in PostgreSQL. */
function createBot(deps: BotAppDeps, directory: DirectoryPort, notify: NotifyPort, runSummary: (trigger: 'manual') => Promise<SummaryOutcome>): ReconBot {
  const { config, db, logger } = deps;
  // Files are fetched only from allowlisted serviceUrls in anonymous mode (bot/ports/uploads.ts).
  const uploads = uploadPort(db, deps.now, { maxBytes: config.UPLOAD_MAX_BYTES, allowlist: config.MicrosoftAppId ? null : config.BOT_SERVICE_URL_ALLOWLIST });
  const guidedPorts = {
    directory, audit: auditPort(db, deps.now), now: deps.now, cases: casePort(db, deps.now, config.SUMMARY_TIMEZONE), notify, uploads, timeZone: config.SUMMARY_TIMEZONE,
    approvalConfirmAbove: config.APPROVAL_CONFIRM_ABOVE,
  };
  const main = new MainDialog(
    {
      directory,
      status: deps.status,
      subscriptions: subscriptionPort(db),
      audit: auditPort(db, deps.now),
      summary: { sendNow: () => runSummary('manual') },
      faq: deps.faq,
      now: deps.now,
    },
    { summaryTime: timeOfCron(config.SUMMARY_CRON), timeZone: config.SUMMARY_TIMEZONE, routes: guidedRoutes(guidedPorts) },
  );
  return new ReconBot(new ConversationState(new PgStorage(db)), main, directory, db, deps.now, logger);
}

/** The restify server: query parser, the safe edge (body reader, Host check, rate limits), refused requests logged. */
function createServer(logger: Logger, edge: Omit<EdgeDeps, 'logger'>): restify.Server {
  const server = restify.createServer({ name: 'recon-bot', handleUncaughtExceptions: false });
  server.use(restify.plugins.queryParser({ mapParams: false }));
  installEdge(server, { ...edge, logger });
  server.on('restifyError', (req: restify.Request, _res: restify.Response, err: Error & { statusCode?: number }, cb: () => void) => {
    logger.warn({ req: req.id(), status: err.statusCode, err: err.message }, 'request refused');
    cb();
  });
  return server;
}

/** Starts listening; resolves to the base URL ("http://127.0.0.1:3978" for a wildcard address). */
function listenOn(server: restify.Server, port: number, host: string, onPort: (port: number) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const addr = server.address() as AddressInfo;
      onPort(addr.port);
      const shown = addr.address.includes(':') ? `[${addr.address}]` : addr.address;
      resolve(`http://${shown === '0.0.0.0' ? '127.0.0.1' : shown}:${addr.port}`);
    });
  });
}

export function createBotApp(deps: BotAppDeps): BotApp {
  const { config, db, logger } = deps;
  const anonymous = !config.MicrosoftAppId;
  const metrics = createMetrics(deps.openDifferences, deps.processMetrics ?? true);
  const cloud = createCloudAdapter(config, logger);
  const directLine = new DirectLineAdapter(db, deps.now);
  // Web Chat shows "typing…" when an answer takes longer than half a second (a run, a long list),
  // repeated every 2 s until the turn ends.
  directLine.use(new ShowTypingMiddleware(500, 2000));
  directLine.onTurnError = async (context, error) => {
    logger.error({ err: error, conv: context.activity.conversation?.id ?? '' }, 'direct line turn error');
  };
  const directory = directoryPort(db);
  // Every proactive send checks the allowlist in anonymous mode, and goes to 1:1 conversations only.
  const target = { cloud, directLine, appId: botAppId(config), allowlist: anonymous ? config.BOT_SERVICE_URL_ALLOWLIST : null };
  const summaryDeps = {
    db,
    target,
    status: deps.status,
    directory,
    dayEnd: deps.dayEnd,
    metrics,
    logger,
    now: deps.now,
    timeZone: config.SUMMARY_TIMEZONE,
    instanceId: deps.instanceId ?? `bot-${process.pid}-${randomBytes(3).toString('hex')}`,
    retry: deps.retry ?? { attempts: 3, backoffMs: 500 },
    checkpoint: dailyCheckpoint(db, config.RECON_AUDIT_CHECKPOINT_FILE, logger, deps.now),
  };
  const runSummary = (trigger: 'schedule' | 'manual') => runDailySummary(summaryDeps, trigger);
  const bot = createBot(deps, directory, notifyPort(db, summaryDeps.target, logger, summaryDeps.retry), runSummary);
  const logicFor = createTurnRunner({ bot, queue: new KeyedQueue(), metrics, logger });
  const rate = new RateLimits({ ipPerMinute: config.RATE_LIMIT_IP_PER_MINUTE, userPerMinute: config.RATE_LIMIT_USER_PER_MINUTE });
  const origins = new PublicOrigins();
  const webChat = webChatExposure(config, Boolean(config.OIDC_ISSUER));

  const server = createServer(logger, {
    limits: {
      maxBytes: config.HTTP_MAX_BODY_BYTES,
      maxDepth: config.HTTP_MAX_JSON_DEPTH,
      maxUploadBytes: config.UPLOAD_MAX_BYTES,
      bodyTimeoutMs: config.HTTP_BODY_TIMEOUT_SECONDS * 1000,
    },
    rate,
    origins,
    trustProxy: config.TRUST_PROXY ?? [],
  });
  registerMessages(server, { adapter: cloud, anonymous, allowlist: config.BOT_SERVICE_URL_ALLOWLIST, logger, logicFor, rate });
  // Web Chat identity (bot/signin): sign-in through the IdP when OIDC_ISSUER is set.
  const signInConfig = signInSettings(config);
  const signIn = signInConfig ? new WebSignIn(signInConfig, deps.now, logger, db) : null;
  const identity = new WebIdentity(signIn, config.DIRECTLINE_SECRET, anonymous, listenHost(config), deps.now);
  // Teams mode without a way to know who is on the page (no IdP, no secret): no page, no Direct
  // Line, no sign-in routes (404); the exposure rule wins over the identity's guest mode.
  if (webChat !== 'off') {
    if (signIn && signInConfig) registerSignIn(server, { signIn, defaultLang: config.RECON_LANG, userClaim: signInConfig.userClaim, logger });
    registerDirectLine(server, {
      db,
      adapter: directLine,
      tokens: new TokenIssuer(config.DIRECTLINE_SECRET ?? config.SESSION_SECRET, deps.now),
      identity,
      logger,
      now: deps.now,
      logicFor,
      rate,
      trustProxy: config.TRUST_PROXY ?? [],
      uploadMaxBytes: config.UPLOAD_MAX_BYTES,
      mayImport: async (userId) => (await directory.personOf(userId)).role !== 'customer',
    });
    // The sign-out form is redirected to the IdP's end-session endpoint: the CSP's form-action allows the IdP.
    registerWebChat(server, { identity, defaultLang: config.RECON_LANG, uploadMaxBytes: config.UPLOAD_MAX_BYTES, formTargets: signInConfig ? [signInConfig.issuer.origin] : [] });
  }
  registerOps(server, { db, version: deps.version, metrics, logger, metricsToken: deps.config.METRICS_TOKEN });

  return {
    server,
    metrics,
    logger,
    directLine,
    webChat,
    identity,
    publicOrigins: () => origins.list(),
    runSummary,
    listen: (port = config.PORT, host = listenHost(config)) => {
      identity.boundTo(host);
      return listenOn(server, port, host, (p) => origins.set(publicOrigins(config, p)));
    },
    close() {
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
