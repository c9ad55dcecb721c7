/** Repository functions for people, their roles and their channel identities. */
import { z } from 'zod';
import type { Db } from './db.ts';

export const ROLES = ['customer', 'staff', 'approver', 'admin'] as const;
/** Teams' aadObjectId; a Direct Line / OIDC user id; a WeCom user id. */
export const IDENTITY_KINDS = ['aad', 'webchat', 'wecom', 'os'] as const;
export type IdentityKind = (typeof IDENTITY_KINDS)[number];

const PersonRowSchema = z.object({
  id: z.string(),
  name: z.string(),
  role: z.enum(ROLES),
});
export type PersonRow = z.infer<typeof PersonRowSchema>;

const IdentityRowSchema = z.object({
  kind: z.enum(IDENTITY_KINDS),
  external_id: z.string(),
  person_id: z.string(),
});
export type IdentityRow = z.infer<typeof IdentityRowSchema>;

const IdentifiedRowSchema = PersonRowSchema.extend({ kind: z.enum(IDENTITY_KINDS), external_id: z.string() });
export type IdentifiedRow = z.infer<typeof IdentifiedRowSchema>;

const PERSON = `p.id::text AS id, p.name, p.role`;

/**
 * The person behind an external id (an external id names at most one person), among identities of
 * the given kinds (all by default).
 */
export async function selectPersonByIdentity(db: Db, externalId: string, kinds: readonly IdentityKind[] = IDENTITY_KINDS): Promise<IdentifiedRow | null> {
  const res = await db.query(
    `SELECT ${PERSON}, i.kind, i.external_id FROM person_identities i JOIN people p ON p.id = i.person_id
     WHERE i.external_id = $1 AND i.kind = ANY($2::text[])`,
    [externalId, [...kinds]],
  );
  return res.rows[0] ? IdentifiedRowSchema.parse(res.rows[0]) : null;
}

export async function selectPerson(db: Db, id: string): Promise<PersonRow | null> {
  if (!/^\d{1,18}$/.test(id)) return null;
  const res = await db.query(`SELECT ${PERSON} FROM people p WHERE p.id = $1`, [id]);
  return res.rows[0] ? PersonRowSchema.parse(res.rows[0]) : null;
}

/** Every identity with its person, by person id then kind then external id. */
export async function selectIdentified(db: Db): Promise<IdentifiedRow[]> {
  const res = await db.query(
    `SELECT ${PERSON}, i.kind, i.external_id FROM person_identities i JOIN people p ON p.id = i.person_id
     ORDER BY p.id, i.kind, i.external_id`,
  );
  return res.rows.map((r) => IdentifiedRowSchema.parse(r));
}

/** Every person, by id (people without an identity included). */
export async function selectPeople(db: Db): Promise<PersonRow[]> {
  const res = await db.query(`SELECT ${PERSON} FROM people p ORDER BY p.id`);
  return res.rows.map((r) => PersonRowSchema.parse(r));
}

/** The external ids of one person's identities. */
export async function selectIdentitiesOf(db: Db, personId: string): Promise<IdentityRow[]> {
  const res = await db.query(
    `SELECT kind, external_id, person_id::text AS person_id FROM person_identities WHERE person_id = $1 ORDER BY kind, external_id`,
    [personId],
  );
  return res.rows.map((r) => IdentityRowSchema.parse(r));
}

export async function insertPerson(db: Db, p: { name: string; role: PersonRow['role'] }): Promise<string> {
  const res = await db.query(`INSERT INTO people (name, role) VALUES ($1, $2) RETURNING id::text AS id`, [p.name, p.role]);
  return z.object({ id: z.string() }).parse(res.rows[0]).id;
}

export async function updatePerson(db: Db, id: string, p: { name: string; role: PersonRow['role'] }): Promise<void> {
  await db.query(`UPDATE people SET name = $2, role = $3 WHERE id = $1`, [id, p.name, p.role]);
}

export async function insertIdentity(db: Db, i: { kind: IdentityKind; externalId: string; personId: string }): Promise<void> {
  await db.query(`INSERT INTO person_identities (kind, external_id, person_id) VALUES ($1, $2, $3)`, [i.kind, i.externalId, i.personId]);
}

/** Removes an identity; returns whether it existed. */
export async function deleteIdentity(db: Db, externalId: string): Promise<boolean> {
  const res = await db.query(`DELETE FROM person_identities WHERE external_id = $1 RETURNING kind`, [externalId]);
  return res.rows.length > 0;
}
