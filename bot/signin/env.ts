/**
 * The sign-in environment variables (merged into bot/config.ts's schema as one block) and the rules
 * between them. Sign-in is on when OIDC_ISSUER is set; then the client id, the redirect URI and
 * the session key are required, and the IdP and the redirect URI must be https unless they are on
 * loopback (a test or a developer's machine).
 */
import { z } from 'zod';

const httpUrl = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' });

/** The default session lifetime: a working day. */
export const DEFAULT_SESSION_MINUTES = 8 * 60;

export const SignInEnvShape = {
  /** The bank's OpenID Provider (issuer identifier; discovery at /.well-known/openid-configuration). */
  OIDC_ISSUER: httpUrl.optional(),
  OIDC_CLIENT_ID: z.string().trim().min(1).max(256).optional(),
  /** Unset: a public client (PKCE only). */
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  /** This server's callback as registered at the IdP, e.g. https://recon.bank.example/auth/callback. */
  OIDC_REDIRECT_URI: httpUrl.optional(),
  OIDC_SCOPES: z
    .string()
    .default('openid profile')
    .refine((s) => s.split(/\s+/).includes('openid'), 'must include openid'),
  /** The ID-token (or UserInfo) claim whose value is the person's channel user id. */
  OIDC_USER_CLAIM: z.string().trim().min(1).max(128).default('sub'),
  /** Key of the session cookie and of Direct Line tokens without DIRECTLINE_SECRET (32+ chars). */
  SESSION_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  SESSION_LIFETIME_MINUTES: z.coerce.number().int().min(1).max(7 * 24 * 60).default(DEFAULT_SESSION_MINUTES),
};

type SignInEnv = z.infer<z.ZodObject<typeof SignInEnvShape>>;

/** True for a host name that can only be reached from this machine. */
export function isLoopbackHost(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  return h === 'localhost' || h === '::1' || /^127(\.\d{1,3}){3}$/.test(h);
}

function plainHttpOffLoopback(url: string | undefined): boolean {
  if (!url) return false;
  const u = new URL(url);
  return u.protocol === 'http:' && !isLoopbackHost(u.hostname);
}

/** The rules between the sign-in variables, as zod issues (called from the bot schema's superRefine). */
export function signInIssues(c: SignInEnv, ctx: z.RefinementCtx): void {
  const issue = (path: string, message: string): void => ctx.addIssue({ code: 'custom', path: [path], message });
  if (c.OIDC_ISSUER) {
    if (!c.OIDC_CLIENT_ID) issue('OIDC_CLIENT_ID', 'required when OIDC_ISSUER is set');
    if (!c.OIDC_REDIRECT_URI) issue('OIDC_REDIRECT_URI', 'required when OIDC_ISSUER is set');
    if (!c.SESSION_SECRET) issue('SESSION_SECRET', 'required when OIDC_ISSUER is set');
  } else {
    for (const name of ['OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET', 'OIDC_REDIRECT_URI'] as const) {
      if (c[name]) issue(name, 'needs OIDC_ISSUER');
    }
  }
  if (plainHttpOffLoopback(c.OIDC_ISSUER)) issue('OIDC_ISSUER', 'must be https (http only on loopback)');
  if (plainHttpOffLoopback(c.OIDC_REDIRECT_URI)) issue('OIDC_REDIRECT_URI', 'must be https (http only on loopback)');
  if (c.OIDC_REDIRECT_URI && !new URL(c.OIDC_REDIRECT_URI).pathname.endsWith('/auth/callback'))
    issue('OIDC_REDIRECT_URI', 'must end in /auth/callback (the path this server answers)');
}

/** Sign-in settings the app needs, or null when OIDC_ISSUER is unset. */
export interface SignInSettings {
  issuer: URL;
  clientId: string;
  clientSecret: string | undefined;
  redirectUri: URL;
  scopes: string;
  userClaim: string;
  sessionSecret: string;
  sessionSeconds: number;
}

export function signInSettings(c: SignInEnv): SignInSettings | null {
  if (!c.OIDC_ISSUER || !c.OIDC_CLIENT_ID || !c.OIDC_REDIRECT_URI || !c.SESSION_SECRET) return null;
  return {
    issuer: new URL(c.OIDC_ISSUER),
    clientId: c.OIDC_CLIENT_ID,
    clientSecret: c.OIDC_CLIENT_SECRET,
    redirectUri: new URL(c.OIDC_REDIRECT_URI),
    scopes: c.OIDC_SCOPES,
    userClaim: c.OIDC_USER_CLAIM,
    sessionSecret: c.SESSION_SECRET,
    sessionSeconds: c.SESSION_LIFETIME_MINUTES * 60,
  };
}
