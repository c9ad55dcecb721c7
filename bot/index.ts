/**
 * Composition root of the bot (`npm start`): loads `.env` (real environment variables win),
 * reads the environment once, refuses anonymous mode off loopback, opens the store (embedded
 * PGlite unless DATABASE_URL), seeds demo data into an empty store in demo mode, wires the ports
 * over engine/service, starts the HTTP server and the daily-summary schedule, and prints where
 * to open it and what is exposed.
 */
import { readFileSync } from 'node:fs';
import { EngineError } from '../engine/errors.ts';
import { fill, messages, pickLang } from '../engine/i18n/index.ts';
import { describeStoreError } from '../engine/service/describe-error.ts';
import { withoutPassword } from '../engine/store/open.ts';
import { STORE_NOT_OPENED } from '../engine/cli/store-command.ts';
import { createBotApp } from './app.ts';
import type { RetentionAges } from '../engine/service/retention.ts';
import { botMode, listenHost, loadBotConfig, retentionAges, seedsDemo } from './config.ts';
import { loadDotEnv } from './dotenv.ts';
import { installProcessGuards } from './processGuards.ts';
import { openDbFromConfig, storeWillBeCreated } from './database.ts';
import { DEMO_STAFF_ID, seedDemoIfEmpty } from './demo.ts';
import { createLogger } from './logging.ts';
import { dayEndRunner } from './ports/dayEnd.ts';
import { knowledgeBaseRefusal, loadFaq } from './faq.ts';
import { faqPort } from './ports/faqPort.ts';
import { openDifferencesByKind } from './ports/openDifferences.ts';
import { statusPort } from './ports/status.ts';
import { scheduleDailySummary, scheduleRetention } from './summary/schedule.ts';

let envFile: string | null;
try {
  envFile = loadDotEnv();
} catch (err) {
  const t0 = messages(pickLang(process.env.RECON_LANG ?? process.env.LANG)).bot.start;
  process.stderr.write(`${fill(t0.envUnreadable, { path: '.env', reason: err instanceof Error ? err.message : String(err) })}\n`);
  process.exit(78);
}
const config = loadBotConfig(process.env);
const lang = pickLang(config.RECON_LANG ?? config.LANG);
const t = messages(lang).bot.start;
if (botMode(config) === 'refused') {
  // Anonymous mode has no authentication at all: it must not be reachable from the network.
  process.stderr.write(`${fill(t.publicHost, { host: listenHost(config) })}\n`);
  process.exit(78);
}
const logger = createLogger(config.LOG_LEVEL);
const version = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version?: unknown }).version;
const now = (): Date => new Date();

// The knowledge base first: a broken entry or a wrong FAQ_KB_DIR is one line (exit 78, as for any
// configuration error) before the store is opened, not a stack trace after it.
await loadFaq(config).catch((err: unknown) => {
  const line = knowledgeBaseRefusal(err, config, lang);
  if (line === null) throw err;
  process.stderr.write(`${line}\n`);
  process.exit(78);
});
// An embedded store folder that is missing or empty is created empty: the banner says which it was.
const newStore = storeWillBeCreated(config);
const db = await openDbFromConfig(config, (err) => logger.warn({ err }, 'database connection lost; the next query opens a new one')).catch((err: unknown) => {
  // Nothing to serve without the store: one line saying where and why, exit 69 (EX_UNAVAILABLE).
  if (err instanceof EngineError && STORE_NOT_OPENED.has(err.code)) {
    process.stderr.write(`${describeStoreError(err, lang)}\n`);
    process.exit(69);
  }
  throw err;
});
const seeded = seedsDemo(config) ? await seedDemoIfEmpty(db, now) : null;
const app = createBotApp({
  config,
  db,
  logger,
  version: typeof version === 'string' ? version : '0.0.0',
  now,
  status: statusPort(db, now, config.SUMMARY_TIMEZONE),
  faq: await faqPort(config, { db, now, onLogError: (err) => logger.warn({ err }, 'faq: question not stored') }),
  dayEnd: dayEndRunner(db, now, logger),
  openDifferences: openDifferencesByKind(db),
});
const url = await app.listen(config.PORT, listenHost(config));
const task = config.SUMMARY_ENABLED
  ? scheduleDailySummary(config.SUMMARY_CRON, config.SUMMARY_TIMEZONE, () => app.runSummary('schedule'), logger)
  : null;
const retention = scheduleRetention(config.RETENTION_CRON, config.SUMMARY_TIMEZONE, db, retentionAges(config), now, logger);

const out = (line: string): boolean => process.stdout.write(`${line}\n`);
out(envFile ? fill(t.envLoaded, { path: envFile }) : t.envNone);
if (seeded) out(t.seeded);
else if (config.RECON_DEMO_SEED === undefined && botMode(config) !== 'demo') out(t.demoSeedOff);
out(fill(t.ready, { url }));
out(fill(newStore ? t.storeNew : t.store, { where: config.DATABASE_URL ? withoutPassword(config.DATABASE_URL) : config.RECON_DATA_DIR }));
if (app.webChat === 'off') out(t.webchatOff);
else {
  const web = messages(lang).signin.start;
  out({
    demo: fill(t.webchat, { url, user: seeded?.staffUserId ?? DEMO_STAFF_ID }),
    signin: fill(web.signIn, { url, issuer: config.OIDC_ISSUER ?? '' }),
    portal: web.portal,
    guest: fill(web.guest, { url }),
  }[app.identity.mode]);
  out(fill(t.webchatOrigins, { origins: app.publicOrigins().join(', ') }));
}
out(fill(t.endpoint, { url }));
out(fill(t.ops, { url }));
if (config.MicrosoftAppId) out(fill(t.registered, { appId: config.MicrosoftAppId, type: config.MicrosoftAppType }));
else if (config.BOT_SERVICE_URL_ALLOWLIST.length === 0) out(t.anonymousNoAllowlist);
else out(fill(t.anonymous, { allowlist: config.BOT_SERVICE_URL_ALLOWLIST.join(', ') }));
out(task ? fill(t.summary, { cron: config.SUMMARY_CRON, tz: config.SUMMARY_TIMEZONE }) : t.summaryOff);
out(fill(t.retention, { cron: config.RETENTION_CRON, tz: config.SUMMARY_TIMEZONE, ...keptFor(retentionAges(config)) }));

/** Each age as the banner shows it: "30 days", or "for ever" for 0. */
function keptFor(ages: RetentionAges): Record<'directline' | 'state' | 'faq', string> {
  const days = (n: number): string => (n === 0 ? t.keptForever : fill(t.keptDays, { n }));
  return { directline: days(ages.directLineDays), state: days(ages.botStateDays), faq: days(ages.faqDays) };
}

async function stop(code = 0): Promise<void> {
  out(t.stopping);
  await task?.stop();
  await retention.stop();
  await app.close();
  await db.close();
  process.exit(code);
}
process.once('SIGINT', () => void stop());
process.once('SIGTERM', () => void stop());
installProcessGuards(logger, stop);
