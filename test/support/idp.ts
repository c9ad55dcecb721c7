/**
 * A real OpenID Provider in the test process (oidc-provider, the certified Node implementation)
 * standing in for the bank's IdP: discovery, authorization with PKCE, login and consent pages
 * (its development interactions: any login name, no password), token, UserInfo and RP-initiated
 * logout. Each login name maps to claims; `sub` is the login name itself.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider, { type Account } from 'oidc-provider';

export interface Idp {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Public client (no secret, PKCE only) with the same redirect URIs. */
  publicClientId: string;
  /**
   * From now on the IdP answers `status` (an empty body) to requests whose path starts with `path`,
   * or, with status 0, never answers them (the request hangs until the IdP closes); null ends the outage.
   */
  outage(failing: { path: string; status: number } | null): void;
  close(): Promise<void>;
}

export type IdpAccounts = Record<string, { preferred_username?: string; name?: string }>;

/** An unused loopback port (for a server whose own URL must be known before it starts). */
export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

/** Starts the provider on a loopback port; `botOrigins` are where the bots under test answer. */
export async function startIdp(botOrigins: string[], accounts: IdpAccounts): Promise<Idp> {
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const clientSecret = 'idp-test-client-secret-0123456789abcdef';
  const client = {
    redirect_uris: botOrigins.map((o) => `${o}/auth/callback`),
    post_logout_redirect_uris: botOrigins.map((o) => `${o}/auth/signed-out`),
    response_types: ['code'],
    grant_types: ['authorization_code'],
  };
  const provider = new Provider(issuer, {
    clients: [
      { ...client, client_id: 'recon-bot', client_secret: clientSecret, token_endpoint_auth_method: 'client_secret_basic' },
      { ...client, client_id: 'recon-bot-public', token_endpoint_auth_method: 'none' },
    ],
    claims: { openid: ['sub'], profile: ['name', 'preferred_username'] },
    findAccount(_ctx: unknown, sub: string): Account | undefined {
      const claims = accounts[sub];
      return claims ? { accountId: sub, claims: () => ({ sub, ...claims }) } : undefined;
    },
    pkce: { required: () => true },
    cookies: { keys: ['idp-test-cookie-key-0123456789abcdef'] },
    features: { devInteractions: { enabled: true }, rpInitiatedLogout: { enabled: true } },
  });
  let failing: { path: string; status: number } | null = null;
  const answer = provider.callback();
  server.on('request', (req, res) => {
    if (failing && req.url?.startsWith(failing.path)) {
      if (failing.status === 0) return;
      res.statusCode = failing.status;
      res.setHeader('content-type', 'text/html');
      res.end();
      return;
    }
    void answer(req, res);
  });
  return {
    issuer,
    clientId: 'recon-bot',
    clientSecret,
    publicClientId: 'recon-bot-public',
    outage: (f) => {
      failing = f;
    },
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
