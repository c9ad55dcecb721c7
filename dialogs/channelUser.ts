/**
 * The channel user id that maps to a person: in Teams the Entra object id (`aadObjectId`, stable
 * across chats and the same id an administrator sees in Entra), elsewhere `from.id` (the Web Chat
 * user id on premises).
 */
export function channelUserId(account: { id?: string; aadObjectId?: string } | undefined): string {
  return account?.aadObjectId || account?.id || '';
}
