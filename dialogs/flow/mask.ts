/** Account numbers in chat: only the last four digits, unless the viewer is an admin. */
import type { Role } from '../ports.ts';

/** `6222021234567890` → `****7890` for everyone but admins. */
export function maskAccount(account: string, viewer: Role): string {
  if (viewer === 'admin') return account;
  return account.length <= 4 ? account : `****${account.slice(-4)}`;
}
