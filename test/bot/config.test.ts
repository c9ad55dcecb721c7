/** The bot's environment: defaults, one clear line for bad values, anonymous mode on loopback. */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { botMode, listenHost, parseBotConfig, publicOrigins, seedsDemo, webChatExposure, type BotConfig } from '../../bot/config.ts';
import { serviceUrlAllowed } from '../../bot/allowlist.ts';

describe('bot configuration', () => {
  it('has the documented defaults', () => {
    const r = parseBotConfig({});
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.config).toMatchObject({ PORT: 3978, SUMMARY_CRON: '30 18 * * 1-5', SUMMARY_TIMEZONE: 'Asia/Shanghai', MicrosoftAppType: 'MultiTenant', APPROVAL_CONFIRM_ABOVE: '10000.00',
      BOT_OPENID_METADATA_URL: 'https://login.botframework.com/v1/.well-known/openidconfiguration' });
    expect(listenHost(r.config)).toBe('127.0.0.1');
  });

  it('takes an audit key of 32+ characters and old keys as a list; a short key is one line (issue 15)', () => {
    const key = 'k'.repeat(32);
    const r = parseBotConfig({ RECON_AUDIT_KEY: key, RECON_AUDIT_OLD_KEYS: ` ${'a'.repeat(40)} ,${'b'.repeat(32)}`, RECON_AUDIT_CHECKPOINT_FILE: '/tmp/cp.jsonl' });
    expect(r.ok && r.config).toMatchObject({ RECON_AUDIT_KEY: key, RECON_AUDIT_OLD_KEYS: ['a'.repeat(40), 'b'.repeat(32)], RECON_AUDIT_CHECKPOINT_FILE: '/tmp/cp.jsonl' });
    expect(parseBotConfig({ RECON_AUDIT_KEY: 'short' })).toEqual({ ok: false, message: 'configuration error: RECON_AUDIT_KEY: must be at least 32 characters' });
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
    [{ APPROVAL_CONFIRM_ABOVE: '-5' }, 'APPROVAL_CONFIRM_ABOVE: must be a non-negative amount such as 10000.00'],
    [{ APPROVAL_CONFIRM_ABOVE: '1万' }, 'APPROVAL_CONFIRM_ABOVE: must be a non-negative amount such as 10000.00'],
    [{ MicrosoftAppId: 'app' }, 'MicrosoftAppPassword: required when MicrosoftAppId is set'],
    [{ MicrosoftAppId: 'a', MicrosoftAppPassword: 'p', MicrosoftAppType: 'SingleTenant' }, 'MicrosoftAppTenantId: required'],
    [{ DIRECTLINE_SECRET: 'short' }, 'DIRECTLINE_SECRET: must be at least 16 characters'],
    [{ BOT_SERVICE_URL_ALLOWLIST: 'ftp://x' }, 'BOT_SERVICE_URL_ALLOWLIST.0: each entry must be an http(s) origin'],
    [{ BOT_SERVICE_URL_ALLOWLIST: 'http://127.0.0.1:*x' }, 'BOT_SERVICE_URL_ALLOWLIST.0: each entry must be an http(s) origin'],
    [{ PUBLIC_ORIGINS: 'https://recon.bank.example/chat' }, 'PUBLIC_ORIGINS.0: each entry must be an origin'],
    [{ TRUST_PROXY: '10.0.0.1, proxy.bank' }, 'TRUST_PROXY.1: each entry must be an IP address'],
    [{ RATE_LIMIT_USER_PER_MINUTE: '0' }, 'RATE_LIMIT_USER_PER_MINUTE'],
    [{ HTTP_MAX_JSON_DEPTH: '2' }, 'HTTP_MAX_JSON_DEPTH'],
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
  const list = ['http://127.0.0.1', 'http://localhost:*', 'https://connector.bank.local:8443/bf/', 'https://teams.bank.local'];
  it.each([
    // An entry without a port is the scheme's default port, not every port.
    ['http://127.0.0.1/', true],
    ['http://127.0.0.1:80/v3', true],
    ['http://127.0.0.1:3978/', false],
    ['http://127.0.0.1:1/', false],
    // :* says "any port" explicitly.
    ['http://localhost:5000/v3', true],
    ['https://localhost:5000/v3', false],
    ['https://connector.bank.local:8443/bf/v3', true],
    ['https://connector.bank.local:8443/other', false],
    ['https://connector.bank.local/bf/', false],
    ['https://teams.bank.local/x', true],
    ['https://teams.bank.local:443/x', true],
    ['https://teams.bank.local:8443/x', false],
    ['http://127.0.0.1.evil.example/', false],
    ['http://user:pw@127.0.0.1/', false],
    ['https://smba.trafficmanager.net/apis/', false],
    ['not a url', false],
  ])('%s → %s', (url, ok) => {
    expect(serviceUrlAllowed(url, list)).toBe(ok);
  });

  it('is empty by default: anonymous /api/messages answers nobody until the connector is named', () => {
    const r = parseBotConfig({});
    expect(r.ok && r.config.BOT_SERVICE_URL_ALLOWLIST).toEqual([]);
  });
});

describe('modes', () => {
  const cfg = (env: Record<string, string>): BotConfig => {
    const r = parseBotConfig(env);
    if (!r.ok) throw new Error(r.message);
    return r.config;
  };
  it('is demo mode anonymous on loopback, production with an app id, refused anonymous off loopback', () => {
    expect(botMode(cfg({}))).toBe('demo');
    expect(botMode(cfg({ HOST: 'localhost' }))).toBe('demo');
    expect(botMode(cfg({ HOST: '::1' }))).toBe('demo');
    expect(botMode(cfg({ HOST: '0.0.0.0' }))).toBe('refused');
    expect(botMode(cfg({ HOST: '10.1.2.3' }))).toBe('refused');
    expect(botMode(cfg({ MicrosoftAppId: 'a', MicrosoftAppPassword: 'p' }))).toBe('production');
  });
  it('seeds demo people in demo mode only, unless RECON_DEMO_SEED says otherwise', () => {
    expect(seedsDemo(cfg({}))).toBe(true);
    expect(seedsDemo(cfg({ RECON_DEMO_SEED: 'false' }))).toBe(false);
    expect(seedsDemo(cfg({ MicrosoftAppId: 'a', MicrosoftAppPassword: 'p' }))).toBe(false);
    expect(seedsDemo(cfg({ MicrosoftAppId: 'a', MicrosoftAppPassword: 'p', RECON_DEMO_SEED: 'true' }))).toBe(true);
  });
  it('serves Web Chat in Teams mode only with a Direct Line secret or an identity provider', () => {
    expect(webChatExposure(cfg({}))).toBe('open-loopback');
    expect(webChatExposure(cfg({ MicrosoftAppId: 'a', MicrosoftAppPassword: 'p' }), true)).toBe('idp');
    expect(webChatExposure(cfg({ MicrosoftAppId: 'a', MicrosoftAppPassword: 'p' }))).toBe('off');
    expect(webChatExposure(cfg({ MicrosoftAppId: 'a', MicrosoftAppPassword: 'p', DIRECTLINE_SECRET: 'x'.repeat(16) }))).toBe('secret');
  });
  it('answers the loopback names with the port unless PUBLIC_ORIGINS is set', () => {
    expect(publicOrigins(cfg({}), 3978)).toEqual(['http://localhost:3978', 'http://127.0.0.1:3978', 'http://[::1]:3978']);
    expect(publicOrigins(cfg({ PUBLIC_ORIGINS: 'https://recon.bank.example, https://recon2.bank.example:8443' }), 3978))
      .toEqual(['https://recon.bank.example', 'https://recon2.bank.example:8443']);
  });
});
