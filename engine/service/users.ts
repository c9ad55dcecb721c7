/**
 * People and roles. A person has a name and a role; each of their channel identities (Teams
 * `aadObjectId`, a Web Chat / OIDC user id, later a WeCom user id) maps to them. The dialogs see one
 * string per turn, the channel user id (dialogs/channelUser.ts); it resolves to at most one person
 * whatever its kind. Every decision (role, "never your own proposal", segregation of duties) is
 * taken per person: `User.personId`.
 */
import { z } from 'zod';
import { EngineError } from '../errors.ts';
import type { Db } from '../store/db.ts';
import { appendAudit } from '../store/audit.ts';
import {
  IDENTITY_KINDS, deleteIdentity, insertIdentity, insertPerson, selectIdentified, selectIdentitiesOf, selectPeople, selectPerson,
  selectPersonByIdentity, updatePerson, type IdentityKind,
} from '../store/people.ts';
import { RoleSchema, type Role } from './lifecycle.ts';

export { IDENTITY_KINDS, type IdentityKind };
export const IdentityKindSchema = z.enum(IDENTITY_KINDS);
/**
 * The kinds a chat turn can act under. An `os` identity is a login on the server: it names who ran
 * a `recon` command, and a chat user id that happens to spell it (a Web Chat or OIDC user called
 * `lisi`) is not that person.
 */
export const CHAT_KINDS: readonly IdentityKind[] = IDENTITY_KINDS.filter((k) => k !== 'os');

export const UserInputSchema = z.object({
  channelUserId: z.string().trim().min(1).max(200),
  name: z.string().trim().min(1).max(200),
  role: RoleSchema,
  /** The identity's kind; by default guessed from the id's shape (identityKindOf). */
  kind: IdentityKindSchema.optional(),
});
export type UserInput = z.infer<typeof UserInputSchema>;

/** A person as seen through one of their identities (`channelUserId`, the identity acting). */
export interface User {
  readonly personId: string;
  readonly channelUserId: string;
  readonly name: string;
  readonly role: Role;
}

export interface Person {
  readonly id: string;
  readonly name: string;
  readonly role: Role;
  readonly identities: readonly { kind: IdentityKind; id: string }[];
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The kind of a channel user id when nobody said: a GUID is a Teams / Entra object id (`aad`),
 * anything else a Web Chat user id (`webchat`: Direct Line, the OIDC claim value). Migration 050
 * used the same rule for the users it carried over.
 */
export function identityKindOf(channelUserId: string): IdentityKind {
  return GUID.test(channelUserId) ? 'aad' : 'webchat';
}

function badInput(error: z.ZodError): never {
  const problems = error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
  throw new EngineError('STORE.BAD_INPUT', problems, { problems });
}

/** The person behind a channel user id (among identities of `kinds`, all by default), or null when unknown. */
export async function findUserByChannelId(db: Db, channelUserId: string, kinds: readonly IdentityKind[] = IDENTITY_KINDS): Promise<User | null> {
  if (channelUserId === '') return null;
  const row = await selectPersonByIdentity(db, channelUserId, kinds);
  return row ? { personId: row.id, channelUserId, name: row.name, role: row.role } : null;
}

/** The role of a channel user id; unknown people are customers. */
export async function roleOf(db: Db, channelUserId: string): Promise<Role> {
  return (await findUserByChannelId(db, channelUserId))?.role ?? 'customer';
}

/** Every identity with its person, by person then kind then id (one row per identity). */
export async function listUsers(db: Db): Promise<User[]> {
  return (await selectIdentified(db)).map((r) => ({ personId: r.id, channelUserId: r.external_id, name: r.name, role: r.role }));
}

/** Every person with their identities, by person id. */
export async function listPeople(db: Db): Promise<Person[]> {
  const rows = await selectIdentified(db);
  return (await selectPeople(db)).map((p) => ({
    id: p.id, name: p.name, role: p.role,
    identities: rows.filter((r) => r.id === p.id).map((r) => ({ kind: r.kind, id: r.external_id })),
  }));
}

/** The external ids a person acts under (for segregation of duties against `posted_by`). */
export async function identitiesOf(db: Db, personId: string): Promise<Set<string>> {
  return new Set((await selectIdentitiesOf(db, personId)).map((i) => i.external_id));
}

/**
 * Adds a person with one identity, or changes the name/role of the person an existing identity
 * belongs to; audited with before → after. Returns whether anything changed.
 */
export async function addUser(db: Db, input: UserInput, actor: string, at: Date): Promise<boolean> {
  const parsed = UserInputSchema.safeParse(input);
  if (!parsed.success) badInput(parsed.error);
  const u = parsed.data;
  return db.transaction(async (tx) => {
    const found = await selectPersonByIdentity(tx, u.channelUserId);
    if (found && found.name === u.name && found.role === u.role) return false;
    const after = { name: u.name, role: u.role, identity: { kind: found?.kind ?? u.kind ?? identityKindOf(u.channelUserId), id: u.channelUserId } };
    let personId: string;
    if (found) {
      personId = found.id;
      await updatePerson(tx, personId, u);
    } else {
      personId = await insertPerson(tx, u);
      await insertIdentity(tx, { kind: after.identity.kind, externalId: u.channelUserId, personId });
    }
    const before = found ? { name: found.name, role: found.role } : null;
    await appendAudit(tx, { actor, source: 'manual', action: found ? 'user.update' : 'user.add', entity: 'person', entityId: personId, before, after, at });
    return true;
  });
}

export const LinkInputSchema = z.object({
  /** The person, by person id … */
  person: z.string().trim().regex(/^\d{1,18}$/).optional(),
  /** … or by one of their existing identities. */
  to: z.string().trim().min(1).max(200).optional(),
  kind: IdentityKindSchema,
  id: z.string().trim().min(1).max(200),
}).refine((l) => (l.person === undefined) !== (l.to === undefined), { message: 'give exactly one of person and to', path: ['person'] });
export type LinkInput = z.input<typeof LinkInputSchema>;

/**
 * Links another identity to a person. An identity already linked to the same person is no change
 * (false); one linked to somebody else is STORE.IDENTITY_TAKEN: it is never moved silently.
 */
export async function linkIdentity(db: Db, input: LinkInput, actor: string, at: Date): Promise<{ personId: string; changed: boolean }> {
  const parsed = LinkInputSchema.safeParse(input);
  if (!parsed.success) badInput(parsed.error);
  const l = parsed.data;
  return db.transaction(async (tx) => {
    const person = l.person !== undefined ? await selectPerson(tx, l.person) : await selectPersonByIdentity(tx, l.to ?? '');
    if (!person) throw new EngineError('STORE.UNKNOWN_PERSON', `unknown person ${l.person ?? l.to}`, { person: l.person ?? l.to ?? '' });
    const holder = await selectPersonByIdentity(tx, l.id);
    if (holder && holder.id === person.id) return { personId: person.id, changed: false };
    if (holder) throw new EngineError('STORE.IDENTITY_TAKEN', `${l.id} already belongs to ${holder.name}`, { id: l.id, name: holder.name });
    await insertIdentity(tx, { kind: l.kind, externalId: l.id, personId: person.id });
    await appendAudit(tx, { actor, source: 'manual', action: 'person.link', entity: 'person', entityId: person.id, before: null, after: { kind: l.kind, id: l.id }, at });
    return { personId: person.id, changed: true };
  });
}

/** Removes an identity from its person (the person, their proposals and decisions stay); returns whether it existed. */
export async function unlinkIdentity(db: Db, externalId: string, actor: string, at: Date): Promise<boolean> {
  return db.transaction(async (tx) => {
    const holder = await selectPersonByIdentity(tx, externalId);
    if (!holder || !(await deleteIdentity(tx, externalId))) return false;
    await appendAudit(tx, { actor, source: 'manual', action: 'person.unlink', entity: 'person', entityId: holder.id, before: { kind: holder.kind, id: externalId }, after: null, at });
    return true;
  });
}

/** Roles from the least to the most trusted: `needed` is met by itself and every role after it. */
const RANK: readonly Role[] = ['customer', 'staff', 'approver', 'admin'];

/**
 * The person acting, who must hold at least the `needed` role: STORE.UNKNOWN_USER for an id
 * nobody holds, STORE.ROLE_REQUIRED naming the person, their role and the command otherwise.
 */
export async function requireRole(db: Db, channelUserId: string, needed: Role, command: string): Promise<User> {
  const user = await requireUser(db, channelUserId);
  if (RANK.indexOf(user.role) < RANK.indexOf(needed)) {
    throw new EngineError('STORE.ROLE_REQUIRED', `${user.name} (${channelUserId}) is ${user.role}; ${command} needs ${needed}`,
      { user: channelUserId, name: user.name, role: user.role, needed, command });
  }
  return user;
}

/** The person acting, or STORE.UNKNOWN_USER: actions need a known person. */
export async function requireUser(db: Db, channelUserId: string): Promise<User> {
  const user = await findUserByChannelId(db, channelUserId);
  if (!user) throw new EngineError('STORE.UNKNOWN_USER', `unknown user ${channelUserId}`, { user: channelUserId });
  return user;
}
