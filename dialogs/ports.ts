/**
 * What the dialogs need from the rest of the product, as small interfaces. bot/ implements them
 * over engine/service (the composition root wires them); tests may implement them over a real
 * store too. Dialogs never reach the database themselves.
 */
import type { ConversationReference } from 'botbuilder';
import type { DifferenceKind } from '../engine/model.ts';
import type { Lang } from '../engine/i18n/index.ts';
import type { Role } from '../engine/service/lifecycle.ts';

/** A person's role: the engine's own (engine/service/lifecycle.ts), the same four values. */
export type { Role };

/** The person behind a channel user id; unknown users are customers. */
export interface Person {
  channelUserId: string;
  name: string | null;
  role: Role;
}

export interface DirectoryPort {
  /** The person and role for a channel user id (Entra object id in Teams, Web Chat user id). */
  personOf(channelUserId: string): Promise<Person>;
}

/** One kind of open difference on an account, summed. Amounts are decimal strings. */
export interface OpenDifferenceGroup {
  kind: DifferenceKind;
  count: number;
  amount: string;
  /** Age in days of the oldest open difference of this kind. */
  oldestDays: number;
}

export interface AccountStatus {
  account: string;
  name: string;
  currency: string;
  /** The latest run, or null when the account was never reconciled. */
  lastRun: { runId: string; period: string; at: string } | null;
  /** Matched lines (bank side) in the latest run. */
  matched: number;
  open: OpenDifferenceGroup[];
  /** Balance statement verdict of the latest run; null without a run. */
  balanced: boolean | null;
  /** Due for reconciliation and not yet run for the current period. */
  due: boolean;
}

export interface StatusView {
  /** ISO date the view describes. */
  asOf: string;
  accounts: AccountStatus[];
}

export interface StatusPort {
  /** Status across all accounts, or of the accounts whose number ends with `accountHint`. */
  status(query: { accountHint?: string }): Promise<StatusView>;
}

export interface SubscriptionPort {
  subscribe(input: { reference: Partial<ConversationReference>; channelUserId: string; lang: Lang }): Promise<'created' | 'already'>;
  unsubscribe(input: { reference: Partial<ConversationReference> }): Promise<'removed' | 'absent'>;
}

export interface AuditPort {
  /** Appends an audit entry (who did or attempted what). */
  record(entry: { actor: string; action: string; detail: Record<string, unknown> }): Promise<void>;
}

/** Sends the daily summary now (admin); returns how many subscribers got it. */
export interface SummaryPort {
  sendNow(requestedBy: string): Promise<{ sent: number; failed: number; gone: number; alreadySentToday: boolean }>;
}

export interface FaqAnswer {
  text: string;
  /** An Adaptive Card (JSON) to show instead of plain text, when the FAQ builds one. */
  card?: Record<string, unknown>;
  found: boolean;
  /** "Ask this" buttons (imBack) for the reply's suggested actions. */
  suggestedActions?: { actions: Array<{ type: 'imBack'; title: string; value: string }> };
}

export interface FaqPort {
  /** `context`: who asks (customers never get staff-only entries; default customer) and their id (feedback). */
  answer(question: string, lang: Lang, context?: { asker?: 'staff' | 'customer'; channelUserId?: string }): Promise<FaqAnswer>;
  /** Records 👍/👎 feedback on an answer. */
  feedback?(input: { answerId: string; helpful: boolean; channelUserId: string }): Promise<void>;
  /** True when a question the FAQ sees is really a status question (the FAQ's own classifier). */
  isStatusQuestion?(text: string): boolean;
}

export interface DialogPorts {
  directory: DirectoryPort;
  status: StatusPort;
  subscriptions: SubscriptionPort;
  audit: AuditPort;
  summary: SummaryPort;
  faq: FaqPort;
  /** The clock (for ages and "today"). */
  now: () => Date;
}
