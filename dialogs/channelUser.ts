/**
 * The channel user id that maps to a person: in Teams the Entra object id (`aadObjectId`, stable
 * across chats and the same id an administrator sees in Entra), elsewhere `from.id` (the Web Chat
 * user id on premises; with sign-in, the Direct Line token's user: the signed-in person's claim
 * value). The store resolves this one string to at most one person (an external id names one
 * person whatever its kind; a server login, an `os` identity, never answers for a chat turn), so
 * every decision is taken per person (engine/service/users.ts).
 */
import type { IdentityKind } from '../engine/service/users.ts';

export function channelUserId(account: { id?: string; aadObjectId?: string } | undefined): string {
  return account?.aadObjectId || account?.id || '';
}

/**
 * The identity behind `channelUserId`, as `recon users link --kind` names it: `aad` for Teams'
 * `aadObjectId`, `webchat` for a Direct Line / OIDC user id. (`wecom` is linked by hand.)
 */
export function channelIdentity(account: { id?: string; aadObjectId?: string } | undefined): { kind: IdentityKind; id: string } {
  if (account?.aadObjectId) return { kind: 'aad', id: account.aadObjectId };
  return { kind: 'webchat', id: account?.id ?? '' };
}
