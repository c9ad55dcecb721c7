/** DirectoryPort over the store's users service: unknown channel users are customers. */
import type { Db } from '../../engine/store/db.ts';
import { findUserByChannelId } from '../../engine/service/users.ts';
import type { DirectoryPort, Person } from '../../dialogs/ports.ts';

export function directoryPort(db: Db): DirectoryPort {
  return {
    async personOf(channelUserId: string): Promise<Person> {
      const user = channelUserId ? await findUserByChannelId(db, channelUserId) : null;
      return user ?? { channelUserId, name: null, role: 'customer' };
    },
  };
}
