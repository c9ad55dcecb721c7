/**
 * The services resolve an actor of any identity kind, because the `recon` command acts under
 * server logins (`os` identities) too. A chat turn acts only for a person that a chat identity
 * names: a Web Chat or OIDC user id that happens to spell somebody's server login is refused here,
 * before any service sees it.
 */
import { EngineError } from '../../engine/errors.ts';
import { CHAT_KINDS, findUserByChannelId } from '../../engine/service/users.ts';
import type { Db } from '../../engine/store/db.ts';

/** True when a chat identity names a person for `actor`. */
export async function isChatActor(db: Db, actor: string): Promise<boolean> {
  return (await findUserByChannelId(db, actor, CHAT_KINDS)) !== null;
}

export async function requireChatActor(db: Db, actor: string): Promise<void> {
  if (!(await isChatActor(db, actor))) {
    throw new EngineError('STORE.UNKNOWN_USER', `unknown user ${actor}`, { user: actor });
  }
}
