/**
 * `npm start` on an empty store seeds the store's demo data (engine/service/demo.ts: accounts,
 * a month of statements, people and roles, the month reconciled), so a newcomer sees a real picture.
 */
import type { Db } from '../engine/store/db.ts';
import { listAccounts } from '../engine/service/accounts.ts';
import { DEMO_USERS, seedDemo } from '../engine/service/demo.ts';

/** Seeds when the store has no account; returns a staff user id to open Web Chat as, else null. */
export async function seedDemoIfEmpty(db: Db, now: () => Date): Promise<{ staffUserId: string } | null> {
  if ((await listAccounts(db)).length > 0) return null;
  await seedDemo(db, now());
  return { staffUserId: DEMO_STAFF_ID };
}

/** The demo's staff member (demo-staff-1), whom the banner's Web Chat link opens as on every start. */
export const DEMO_STAFF_ID = DEMO_USERS.find((u) => u.role === 'staff')?.channelUserId ?? 'demo-staff-1';
