/**
 * Production authentication of /api/messages, offline: the bot started with a MicrosoftAppId
 * checks each request's bearer token the way the Bot Framework channels sign them (OpenID metadata
 * -> jwks_uri -> RS256 key, issuer https://api.botframework.com, audience = the app id, the
 * serviceUrl claim, the key's channel endorsements). The metadata and keys are served by a local
 * endpoint (BOT_OPENID_METADATA_URL) with a key generated here; the bot is the real app over HTTP.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWK } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activity, post, startBot, type RunningBot } from './support/app.ts';

const APP_ID = '8f0c2d9e-3b1a-4c55-9e2f-6a7b8c9d0e1f';
const ISSUER = 'https://api.botframework.com';
const KID = 'local-test-key';
/** The serviceUrl the channel claims; the bot sends nothing in these turns, so nothing listens there. */
const SERVICE_URL = 'https://smba.trafficmanager.net/apac/';

interface Keys {
  url: string;
  /** How many times the bot fetched the key set. */
  keyFetches: number;
  close(): Promise<void>;
}

/** OpenID metadata at /v1/.well-known/openidconfiguration and the key set at /keys. */
async function serveKeys(publicJwk: JWK): Promise<Keys> {
  const state = { keyFetches: 0 };
  const server: Server = createServer((req, res) => {
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const json = (body: unknown): void => {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify(body));
    };
    if (req.url === '/v1/.well-known/openidconfiguration') {
      json({ issuer: ISSUER, jwks_uri: `${base}/keys`, id_token_signing_alg_values_supported: ['RS256'], token_endpoint_auth_methods_supported: ['private_key_jwt'] });
    } else if (req.url === '/keys') {
      state.keyFetches += 1;
      json({ keys: [{ ...publicJwk, kid: KID, use: 'sig', alg: 'RS256', endorsements: ['msteams', 'webchat'] }] });
    } else {
      res.statusCode = 404;
      res.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1/.well-known/openidconfiguration`,
    get keyFetches() {
      return state.keyFetches;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

let keys: Keys;
let bot: RunningBot;
let signingKey: CryptoKey;
let strangerKey: CryptoKey;

beforeAll(async () => {
  const pair = await generateKeyPair('RS256', { extractable: true });
  signingKey = pair.privateKey;
  strangerKey = (await generateKeyPair('RS256')).privateKey;
  keys = await serveKeys(await exportJWK(pair.publicKey));
  bot = await startBot({
    env: { MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'app-secret-not-used-offline', BOT_OPENID_METADATA_URL: keys.url },
  });
}, 240_000);
afterAll(async () => {
  await bot?.close();
  await keys?.close();
});

/** A channel token: RS256 under `kid`, the Bot Framework's issuer, audience the app id. */
function token(options: { key?: CryptoKey; aud?: string; iss?: string; serviceUrl?: string; expiresIn?: string } = {}): Promise<string> {
  return new SignJWT({ serviceurl: options.serviceUrl ?? SERVICE_URL })
    .setProtectedHeader({ alg: 'RS256', kid: KID, typ: 'JWT' })
    .setIssuer(options.iss ?? ISSUER)
    .setAudience(options.aud ?? APP_ID)
    .setIssuedAt()
    .setNotBefore('0s')
    .setExpirationTime(options.expiresIn ?? '10m')
    .sign(options.key ?? signingKey);
}

/** A conversationUpdate adding only the bot: a turn that runs and sends nothing (no outbound token needed). */
function botAdded(channelId = 'msteams'): Record<string, unknown> {
  const a = activity(SERVICE_URL, { type: 'conversationUpdate', from: 'demo-staff' });
  return { ...a, channelId, membersAdded: [{ id: 'recon-bot', name: 'bot' }] };
}

const conversationOf = (a: Record<string, unknown>): string => (a.conversation as { id: string }).id;

/** The turn log line for a conversation, if the turn ran. */
function turnLogged(conversationId: string): Record<string, unknown> | undefined {
  return bot.logs.map((l) => JSON.parse(l) as Record<string, unknown>).find((l) => l.msg === 'turn' && l.conv === conversationId);
}

describe('/api/messages with a MicrosoftAppId', () => {
  it('refuses an activity without a token (401), and the turn does not run', async () => {
    const a = botAdded();
    const res = await post(`${bot.url}/api/messages`, a);
    expect(res.status).toBe(401);
    expect(turnLogged(conversationOf(a))).toBeUndefined();
  });

  it('accepts an activity signed by a key from the OpenID metadata, and runs the turn', async () => {
    const a = botAdded();
    const res = await post(`${bot.url}/api/messages`, a, { authorization: `Bearer ${await token()}` });
    expect(res.status).toBe(200);
    expect(keys.keyFetches).toBeGreaterThanOrEqual(1);
    expect(turnLogged(conversationOf(a))).toMatchObject({ outcome: 'ok', channel: 'msteams', type: 'conversationUpdate' });
  });

  it('refuses a token signed by a key the metadata does not publish, and the turn does not run', async () => {
    const a = botAdded();
    const res = await post(`${bot.url}/api/messages`, a, { authorization: `Bearer ${await token({ key: strangerKey })}` });
    // botbuilder 4.23 rethrows jsonwebtoken's 'invalid signature' as a plain error; a failure before the
    // turn starts is a token that did not verify, answered 401 (it was 500 until 2026-12-05).
    expect(res.status).toBe(401);
    expect(res.text).not.toMatch(/signature|jwt|token/i);
    expect(turnLogged(conversationOf(a))).toBeUndefined();
  });

  it.each([
    ['for another app (audience)', { aud: '00000000-0000-0000-0000-000000000000' }],
    ['from another issuer', { iss: 'https://sts.windows.net/evil/' }],
    ['for another serviceUrl than the activity names', { serviceUrl: 'https://elsewhere.example/' }],
    ['expired', { expiresIn: '-10m' }],
  ] as const)('refuses a token %s (401)', async (_what, o) => {
    const a = botAdded();
    const res = await post(`${bot.url}/api/messages`, a, { authorization: `Bearer ${await token(o)}` });
    expect(res.status).toBe(401);
    expect(turnLogged(conversationOf(a))).toBeUndefined();
  });

  it('refuses a valid token on a channel the key is not endorsed for (401)', async () => {
    const a = botAdded('slack');
    const res = await post(`${bot.url}/api/messages`, a, { authorization: `Bearer ${await token()}` });
    expect(res.status).toBe(401);
    expect(turnLogged(conversationOf(a))).toBeUndefined();
  });
});
