/** The bot's environment: defaults, one clear line for bad values, anonymous mode on loopback. */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { listenHost, parseBotConfig } from '../../bot/config.ts';
import { serviceUrlAllowed } from '../../bot/allowlist.ts';

describe('bot configuration', () => {
  it('has the documented defaults', () => {
    const r = parseBotConfig({});
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.config).toMatchObject({ PORT: 3978, SUMMARY_CRON: '30 18 * * 1-5', SUMMARY_TIMEZONE: 'Asia/Shanghai', MicrosoftAppType: 'MultiTenant',
      BOT_OPENID_METADATA_URL: 'https://login.botframework.com/v1/.well-known/openidconfiguration' });
    expect(listenHost(r.config)).toBe('127.0.0.1');
  });

  it('listens on all interfaces with an app id, unless HOST says otherwise', () => {
    const r = parseBotConfig({ MicrosoftAppId: 'app', MicrosoftAppPassword: 'pw' });
    expect(r.ok && listenHost(r.config)).toBe('0.0.0.0');
    const h = parseBotConfig({ MicrosoftAppId: 'app', MicrosoftAppPassword: 'pw', HOST: '10.0.0.5' });
    expect(h.ok && listenHost(h.config)).toBe('10.0.0.5');
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT'],
    [{ SUMMARY_CRON: 'every day' }, 'SUMMARY_CRON: not a valid cron expression'],
    [{ SUMMARY_TIMEZONE: 'Mars/Olympus' }, 'SUMMARY_TIMEZONE: not an IANA time zone'],
    [{ MicrosoftAppId: 'app' }, 'MicrosoftAppPassword: required when MicrosoftAppId is set'],
    [{ MicrosoftAppId: 'a', MicrosoftAppPassword: 'p', MicrosoftAppType: 'SingleTenant' }, 'MicrosoftAppTenantId: required'],
    [{ DIRECTLINE_SECRET: 'short' }, 'DIRECTLINE_SECRET: must be at least 16 characters'],
    [{ BOT_SERVICE_URL_ALLOWLIST: 'ftp://x' }, 'BOT_SERVICE_URL_ALLOWLIST.0: each entry must be an http(s) URL'],
    [{ BOT_OPENID_METADATA_URL: 'login.botframework.com' }, 'BOT_OPENID_METADATA_URL: must be an http(s) URL'],
  ])('%o is refused naming the variable', (env, message) => {
    const r = parseBotConfig(env);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain(message);
  });

  it('stops `npm start` with one line and exit code 78', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'bot/index.ts'], {
      env: { ...process.env, PORT: 'abc', SUMMARY_CRON: 'nope', DATABASE_URL: '' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(r.status).toBe(78);
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^configuration error: PORT: .*; SUMMARY_CRON: not a valid cron expression$/)]);
  }, 90_000);
});

describe('serviceUrl allowlist (anonymous mode)', () => {
  const list = ['http://127.0.0.1', 'http://localhost', 'https://connector.bank.local:8443/bf/'];
  it.each([
    ['http://127.0.0.1:3978/', true],
    ['http://localhost:5000/v3', true],
    ['https://connector.bank.local:8443/bf/v3', true],
    ['https://connector.bank.local:8443/other', false],
    ['https://connector.bank.local/bf/', false],
    ['http://127.0.0.1.evil.example/', false],
    ['http://user:pw@127.0.0.1/', false],
    ['https://smba.trafficmanager.net/apis/', false],
    ['not a url', false],
  ])('%s → %s', (url, ok) => {
    expect(serviceUrlAllowed(url, list)).toBe(ok);
  });
});
