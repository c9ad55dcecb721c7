/** People and roles: a channel user id (Teams object id, Web Chat user id) maps to a person. */
import { z } from 'zod';
import { EngineError } from '../errors.ts';
import type { Db } from '../store/db.ts';
import { appendAudit } from '../store/audit.ts';
import { selectUser, selectUsers, upsertUser } from '../store/users.ts';
import { RoleSchema, type Role } from './lifecycle.ts';

export const UserInputSchema = z.object({
  channelUserId: z.string().trim().min(1).max(200),
  name: z.string().trim().min(1).max(200),
  role: RoleSchema,
});
export type UserInput = z.infer<typeof UserInputSchema>;
export type User = UserInput;

/** The person behind a channel user id, or null when unknown. */
export async function findUserByChannelId(db: Db, channelUserId: string): Promise<User | null> {
  const row = await selectUser(db, channelUserId);
  return row ? { channelUserId: row.channel_user_id, name: row.name, role: row.role } : null;
}

/** The role of a channel user id; unknown people are customers. */
export async function roleOf(db: Db, channelUserId: string): Promise<Role> {
  return (await findUserByChannelId(db, channelUserId))?.role ?? 'customer';
}

export async function listUsers(db: Db): Promise<User[]> {
  return (await selectUsers(db)).map((r) => ({ channelUserId: r.channel_user_id, name: r.name, role: r.role }));
}

/** Adds a person or changes their name/role; audited with before → after. Returns whether anything changed. */
export async function addUser(db: Db, input: UserInput, actor: string, at: Date): Promise<boolean> {
  const parsed = UserInputSchema.safeParse(input);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new EngineError('STORE.BAD_INPUT', problems, { problems });
  }
  const u = parsed.data;
  return db.transaction(async (tx) => {
    const before = await selectUser(tx, u.channelUserId);
    if (before && before.name === u.name && before.role === u.role) return false;
    const after = { channel_user_id: u.channelUserId, name: u.name, role: u.role };
    await upsertUser(tx, after);
    await appendAudit(tx, { actor, source: 'manual', action: before ? 'user.update' : 'user.add', entity: 'user', entityId: u.channelUserId, before, after, at });
    return true;
  });
}

/** The person acting, or STORE.UNKNOWN_USER: actions need a known person. */
export async function requireUser(db: Db, channelUserId: string): Promise<User> {
  const user = await findUserByChannelId(db, channelUserId);
  if (!user) throw new EngineError('STORE.UNKNOWN_USER', `unknown user ${channelUserId}`, { user: channelUserId });
  return user;
}
