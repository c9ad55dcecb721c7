/** SubscriptionPort over engine/service/subscriptions. */
import type { Db } from '../../engine/store/db.ts';
import { subscribe, unsubscribe } from '../../engine/service/subscriptions.ts';
import type { SubscriptionPort } from '../../dialogs/ports.ts';

export function subscriptionPort(db: Db): SubscriptionPort {
  return {
    subscribe: (input) => subscribe(db, input),
    unsubscribe: (input) => unsubscribe(db, input.reference),
  };
}
