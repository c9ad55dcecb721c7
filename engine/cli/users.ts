/** `recon users add --channel-user-id ID --name N --role R` and `recon users list [--json]`. */
import type { Command } from 'commander';
import { fill, messages } from '../i18n/index.ts';
import { RoleSchema } from '../service/lifecycle.ts';
import { addUser, listUsers } from '../service/users.ts';
import type { CliContext } from './context.ts';
import type { Register } from './program.ts';
import { badOption, langOf, printJson, withStore } from './store-command.ts';

async function add(ctx: CliContext, raw: Record<string, unknown>): Promise<void> {
  const lang = langOf(ctx, raw);
  const role = RoleSchema.safeParse(raw['role']);
  if (!role.success) badOption(ctx, lang, '--role', raw['role']);
  const o = messages(lang).store;
  await withStore(ctx, lang, async (db) => {
    const user = { channelUserId: String(raw['channelUserId']), name: String(raw['name']), role: role.data };
    const changed = await addUser(db, user, typeof raw['as'] === 'string' ? raw['as'] : 'cli', ctx.now());
    if (raw['json']) return printJson(ctx, { ...user, changed });
    ctx.stdout.write(`${fill(changed ? o.out.userAdded : o.out.userUnchanged, { id: user.channelUserId, name: user.name, role: o.roles[user.role] })}\n`);
  });
}

async function list(ctx: CliContext, raw: Record<string, unknown>): Promise<void> {
  const lang = langOf(ctx, raw);
  const o = messages(lang).store;
  await withStore(ctx, lang, async (db) => {
    const users = await listUsers(db);
    if (raw['json']) return printJson(ctx, { users });
    for (const u of users) ctx.stdout.write(`${fill(o.out.userLine, { id: u.channelUserId, name: u.name, role: o.roles[u.role] })}\n`);
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
    .option('--as <id>', t.optAs)
    .option('--json', t.optJson)
    .option('--lang <lang>', t.optLang)
    .action(async (opts: Record<string, unknown>) => add(ctx, opts));
  users
    .command('list')
    .description(t.usersList)
    .option('--json', t.optJson)
    .option('--lang <lang>', t.optLang)
    .action(async (opts: Record<string, unknown>) => list(ctx, opts));
};
