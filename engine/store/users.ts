/** Repository functions for people and their roles. */
import { z } from 'zod';
import type { Db } from './db.ts';

export const UserRowSchema = z.object({
  channel_user_id: z.string(),
  name: z.string(),
  role: z.enum(['customer', 'staff', 'approver', 'admin']),
});
export type UserRow = z.infer<typeof UserRowSchema>;

export async function selectUser(db: Db, channelUserId: string): Promise<UserRow | null> {
  const res = await db.query('SELECT channel_user_id, name, role FROM users WHERE channel_user_id = $1', [channelUserId]);
  return res.rows[0] ? UserRowSchema.parse(res.rows[0]) : null;
}

export async function selectUsers(db: Db): Promise<UserRow[]> {
  const res = await db.query('SELECT channel_user_id, name, role FROM users ORDER BY channel_user_id');
  return res.rows.map((r) => UserRowSchema.parse(r));
}

/** Inserts or changes name and role. */
export async function upsertUser(db: Db, u: UserRow): Promise<void> {
  await db.query(
    `INSERT INTO users (channel_user_id, name, role) VALUES ($1, $2, $3)
     ON CONFLICT (channel_user_id) DO UPDATE SET name = EXCLUDED.name, role = EXCLUDED.role`,
    [u.channel_user_id, u.name, u.role],
  );
}
