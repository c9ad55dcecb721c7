/**
 * DirectoryPort over the store's users service: unknown channel users are customers, and so is a
 * chat user id that only a server login (`os` identity) spells. Within one
 * turn (`withinTurn`), a person is looked up once and every part of the turn sees the same role.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Db } from '../../engine/store/db.ts';
import { CHAT_KINDS, findUserByChannelId } from '../../engine/service/users.ts';
import type { DirectoryPort, Person } from '../../dialogs/ports.ts';

const turnPeople = new AsyncLocalStorage<Map<string, Promise<Person>>>();

/** Runs one turn with its own memo of looked-up people. */
export function withinTurn<T>(fn: () => Promise<T>): Promise<T> {
  return turnPeople.run(new Map(), fn);
}

export function directoryPort(db: Db): DirectoryPort {
  const lookup = async (channelUserId: string): Promise<Person> => {
    const user = channelUserId ? await findUserByChannelId(db, channelUserId, CHAT_KINDS) : null;
    return user ?? { channelUserId, name: null, role: 'customer' };
  };
  return {
    personOf(channelUserId: string): Promise<Person> {
      const memo = turnPeople.getStore();
      if (!memo) return lookup(channelUserId);
      let person = memo.get(channelUserId);
      if (!person) {
        person = lookup(channelUserId);
        memo.set(channelUserId, person);
        // A failed lookup is not remembered: a later part of the turn asks again.
        person.catch(() => memo.delete(channelUserId));
      }
      return person;
    },
  };
}
