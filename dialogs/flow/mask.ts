/** Account numbers in chat: only the last four digits, unless the viewer is an admin. */
import { fill } from '../../engine/i18n/index.ts';
import type { Role } from '../ports.ts';
import type { Choice } from './card.ts';
import { outside } from './text.ts';

/** `6222021234567890` → `****7890` for everyone but admins. */
export function maskAccount(account: string, viewer: Role): string {
  if (viewer === 'admin') return account;
  return account.length <= 4 ? account : `****${account.slice(-4)}`;
}

/**
 * Accounts as choices: the button carries `position:masked` for non-admins, never the number
 * (card data reaches the client), and the number stays the value the dialog receives.
 */
export function accountChoices(accounts: readonly { number: string; name: string }[], viewer: Role, label: string): Choice[] {
  return accounts.map((a, i) => ({
    value: a.number,
    label: fill(label, { name: outside(a.name), account: maskAccount(a.number, viewer) }),
    aliases: [a.number.slice(-4)],
    ...(viewer === 'admin' ? {} : { key: `${i + 1}:${maskAccount(a.number, viewer)}` }),
  }));
}

/** The shortest tail (four digits at least) of `number` that no other account ends with. */
export function uniqueSuffix(number: string, all: readonly string[]): string {
  for (let n = 4; n < number.length; n++) {
    const tail = number.slice(-n);
    if (all.every((other) => other === number || !other.endsWith(tail))) return tail;
  }
  return number;
}

/** What a button may carry to name an account: the number for admins, else its shortest unique tail. */
export function accountHint(number: string, all: readonly string[], viewer: Role): string {
  return viewer === 'admin' ? number : uniqueSuffix(number, all);
}
