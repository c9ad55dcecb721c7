/**
 * The id that maps a chat account to a person: in Teams the Entra object id (`aadObjectId`,
 * stable across chats), elsewhere `from.id`. The same rule as the main dialog's, so a person is
 * the same person in the route check, the guided dialog and the store.
 */
export function actorId(account: { id?: string; aadObjectId?: string } | undefined): string {
  return account?.aadObjectId || account?.id || '';
}
