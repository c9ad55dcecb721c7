/**
 * `recon users add --channel-user-id ID --name N --role R [--kind K]`, `recon users link
 * (--person P | --to ID) --kind K --id ID`, `recon users unlink --id ID` and `recon users list [--json]`.
 */
import type { Command } from 'commander';
import { fill, messages } from '../i18n/index.ts';
import { RoleSchema } from '../service/lifecycle.ts';
import { IdentityKindSchema, addUser, linkIdentity, listPeople, unlinkIdentity } from '../service/users.ts';
import type { CliContext } from './context.ts';
import type { Register } from './program.ts';
import { actingAs, badOption, langOf, printJson, withStore } from './store-command.ts';

const optional = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

async function add(ctx: CliContext, raw: Record<string, unknown>): Promise<void> {
  const lang = langOf(ctx, raw);
  const role = RoleSchema.safeParse(raw['role']);
  if (!role.success) badOption(ctx, lang, '--role', raw['role']);
  const kind = raw['kind'] === undefined ? undefined : IdentityKindSchema.safeParse(raw['kind']);
  if (kind && !kind.success) badOption(ctx, lang, '--kind', raw['kind']);
  const o = messages(lang).store;
  await withStore(ctx, lang, async (db) => {
    const user = { channelUserId: String(raw['channelUserId']), name: String(raw['name']), role: role.data };
    const actor = await actingAs(db, raw, 'admin', 'users add');
    const changed = await addUser(db, { ...user, ...(kind?.data ? { kind: kind.data } : {}) }, actor, ctx.now());
    if (raw['json']) return printJson(ctx, { ...user, changed });
    ctx.stdout.write(`${fill(changed ? o.out.userAdded : o.out.userUnchanged, { id: user.channelUserId, name: user.name, role: o.roles[user.role] })}\n`);
  });
}

async function link(ctx: CliContext, raw: Record<string, unknown>): Promise<void> {
  const lang = langOf(ctx, raw);
  const kind = IdentityKindSchema.safeParse(raw['kind']);
  if (!kind.success) badOption(ctx, lang, '--kind', raw['kind']);
  const o = messages(lang).store;
  await withStore(ctx, lang, async (db) => {
    const id = String(raw['id']);
    const r = await linkIdentity(db, { person: optional(raw['person']), to: optional(raw['to']), kind: kind.data, id }, await actingAs(db, raw, 'admin', 'users link'), ctx.now());
    const person = (await listPeople(db)).find((p) => p.id === r.personId);
    if (raw['json']) return printJson(ctx, { person: r.personId, kind: kind.data, id, changed: r.changed });
    ctx.stdout.write(`${fill(r.changed ? o.out.userLinked : o.out.userLinkUnchanged, { kind: kind.data, id, person: r.personId, name: person?.name ?? '' })}\n`);
  });
}

async function unlink(ctx: CliContext, raw: Record<string, unknown>): Promise<void> {
  const lang = langOf(ctx, raw);
  const o = messages(lang).store;
  await withStore(ctx, lang, async (db) => {
    const id = String(raw['id']);
    const changed = await unlinkIdentity(db, id, await actingAs(db, raw, 'admin', 'users unlink'), ctx.now());
    if (raw['json']) return printJson(ctx, { id, changed });
    ctx.stdout.write(`${fill(changed ? o.out.userUnlinked : o.out.userUnlinkNone, { id })}\n`);
  });
}

async function list(ctx: CliContext, raw: Record<string, unknown>): Promise<void> {
  const lang = langOf(ctx, raw);
  const o = messages(lang).store;
  await withStore(ctx, lang, async (db) => {
    const people = await listPeople(db);
    if (raw['json']) return printJson(ctx, { people });
    for (const p of people) {
      const identities = p.identities.length === 0 ? o.out.userNoIdentity : p.identities.map((i) => fill(o.out.userIdentity, { kind: i.kind, id: i.id })).join(', ');
      ctx.stdout.write(`${fill(o.out.userLine, { person: p.id, name: p.name, role: o.roles[p.role], identities })}\n`);
    }
  });
}

export const registerUsers: Register = (program: Command, ctx: CliContext) => {
  const t = messages(ctx.lang).store.cli;
  const users = program.command('users').description(t.users);
  users
    .command('add')
    .description(t.usersAdd)
    .requiredOption('--channel-user-id <id>', t.optChannelUserId)
    .requiredOption('--name <name>', t.optName)
    .requiredOption('--role <role>', t.optRole)
    .option('--kind <kind>', t.optIdentityKind)
    .option('--as <id>', t.optAs)
    .option('--json', t.optJson)
    .option('--lang <lang>', t.optLang)
    .action(async (opts: Record<string, unknown>) => add(ctx, opts));
  users
    .command('link')
    .description(t.usersLink)
    .option('--person <id>', t.optPerson)
    .option('--to <channelUserId>', t.optTo)
    .requiredOption('--kind <kind>', t.optIdentityKind)
    .requiredOption('--id <id>', t.optIdentity)
    .option('--as <id>', t.optAs)
    .option('--json', t.optJson)
    .option('--lang <lang>', t.optLang)
    .action(async (opts: Record<string, unknown>) => link(ctx, opts));
  users
    .command('unlink')
    .description(t.usersUnlink)
    .requiredOption('--id <id>', t.optIdentity)
    .option('--as <id>', t.optAs)
    .option('--json', t.optJson)
    .option('--lang <lang>', t.optLang)
    .action(async (opts: Record<string, unknown>) => unlink(ctx, opts));
  users
    .command('list')
    .description(t.usersList)
    .option('--json', t.optJson)
    .option('--lang <lang>', t.optLang)
    .action(async (opts: Record<string, unknown>) => list(ctx, opts));
};
