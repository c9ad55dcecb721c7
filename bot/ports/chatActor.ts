/**
 * The services resolve an actor of any identity kind, because the `recon` command acts under
 * server logins (`os` identities) too. A chat turn acts only for a person that a chat identity
 * names: a Web Chat or OIDC user id that happens to spell somebody's server login is refused here,
 * before any service sees it.
 */
import { EngineError } from '../../engine/errors.ts';
import { CHAT_KINDS, findUserByChannelId } from '../../engine/service/users.ts';
import type { Db } from '../../engine/store/db.ts';

export async function requireChatActor(db: Db, actor: string): Promise<void> {
  if (!(await findUserByChannelId(db, actor, CHAT_KINDS))) {
    throw new EngineError('STORE.UNKNOWN_USER', `unknown user ${actor}`, { user: actor });
  }
}
