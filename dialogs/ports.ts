/**
 * What the dialogs need from the rest of the product, as small interfaces. bot/ implements them
 * over engine/service (the composition root wires them: bot/ports/); tests may implement them over a real
 * store too. Dialogs never reach the database themselves. The guided dialogs' ports (cases,
 * notify) return the store's refusals as values (`ActOutcome`), so a dialog can explain them politely.
 */
import type { Activity, ConversationReference } from 'botbuilder';
import type { DifferenceKind } from '../engine/model.ts';
import type { Lang } from '../engine/i18n/index.ts';
import type { Role } from '../engine/service/lifecycle.ts';
import type { Account, AccountInput } from '../engine/service/accounts.ts';
import type { PendingApproval } from '../engine/service/approvals.ts';
import type { CandidateView } from '../engine/service/candidates.ts';
import type { DifferenceDetail, DifferenceView, LineView, ResolutionView } from '../engine/service/differences.ts';
import type { ResolutionInput } from '../engine/service/resolve.ts';
import type { RunResult } from '../engine/service/run.ts';
import type { ImportResult } from '../engine/service/import.ts';
import type { BalanceClash } from '../engine/service/import.ts';
import type { UploadInspection } from '../engine/service/upload.ts';
import type { Side } from '../engine/model.ts';

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

/** An item in transit past its expected date (the daily summary's ageing alert). Amounts are decimal strings. */
export interface OverdueItem {
  id: string;
  kind: DifferenceKind;
  amount: string;
  expected: string;
  daysLate: number;
  counterparty: string;
}

/**
 * Where one account stands, as engine/service/status.ts computes it for every view (status card,
 * daily summary, run results): 未处理 are the differences the lists show, 待审批 apart.
 */
export interface AccountStatus {
  account: string;
  name: string;
  currency: string;
  /** The latest run, or null when the account was never reconciled. */
  lastRun: { runId: string; period: string; at: string } | null;
  /** Matched lines (bank side) in the latest run. */
  matched: number;
  /** 未处理 (open, in review, rejected), by kind; ages in days since the earliest booking date. */
  open: OpenDifferenceGroup[];
  /** 待审批: proposals waiting for a checker (not in `open`). */
  awaiting: { count: number; amount: string };
  /** Approved 待客户确认 resolutions waiting for the customer's answer (in neither `open` nor `awaiting`). */
  customer: { count: number; amount: string };
  /** 未达账项 among the open ones, and those past their expected date. */
  inTransit: { count: number; overdue: OverdueItem[] };
  /** Balance statement verdict of the latest run; null without a run. */
  balanced: boolean | null;
  /** Due for reconciliation and not yet run for the current period. */
  due: boolean;
  /** A file's opening that was not the carried closing in the latest run (a gap between periods); amounts as decimal strings. */
  openingGaps?: Array<{ side: 'bank' | 'ledger'; stated: string; given: string; period: string | null }>;
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
  /** The "did you mean" choices, in order, when the reply offers them (a typed 2 picks the second). */
  choices?: Array<{ id: string; title: string }>;
  /** Id of the stored question, when the FAQ keeps a log: a typed 👎 or "没用" right after the answer is feedback on it. */
  answerId?: string;
}

export interface FaqPort {
  /** `context`: who asks (customers never get staff-only entries; default customer) and their id (feedback). */
  answer(question: string, lang: Lang, context?: { asker?: 'staff' | 'customer'; channelUserId?: string }): Promise<FaqAnswer>;
  /** Records 👍/👎 feedback on an answer; false when the answer is not one given to this person. */
  feedback?(input: { answerId: string; helpful: boolean; channelUserId: string }): Promise<boolean>;
  /** True when a question the FAQ sees is really a status question (the FAQ's own classifier). */
  isStatusQuestion?(text: string): boolean;
  /** Answers one entry by id (a clicked or typed choice); `found` false when the asker may not see it. */
  answerEntry?(entryId: string, lang: Lang, context?: { asker?: 'staff' | 'customer'; channelUserId?: string }): Promise<FaqAnswer>;
  /** Whom to contact (the configured branch contact), for the reply to a 👎. */
  contact?(lang: Lang): string;
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

/** Why the store refused an action (its EngineError codes, as values). */
export type Refusal =
  /** `self`: the person's own earlier action changed it (a second press, another window). */
  | { code: 'conflict'; by: string; self: boolean; state: string }
  | { code: 'self_approval' | 'segregation' | 'forbidden' | 'illegal' | 'unknown_difference' | 'unknown_user' }
  | { code: 'write_off_limit'; limit: string; amount: string }
  | { code: 'match_residual'; limit: string; residual: string }
  /** A line the resolution would settle is held by difference `other` ('' when a match of a run holds it). */
  | { code: 'line_taken'; other: string }
  | { code: 'bad_input'; problems: string }
  | { code: 'not_covered'; period: string; from: string; to: string }
  /** The action does not correct this difference (a bank error for a duplicate in the books). */
  | { code: 'wrong_side' }
  | { code: 'partly_covered'; period: string; missing: string; from: string; to: string }
  | { code: 'no_bank_statement'; period: string }
  | { code: 'no_ledger'; period: string }
  | { code: 'bad_period'; period: string }
  | { code: 'unknown_account'; account: string };

export type ActOutcome = { ok: true; state: string; version: number } | ({ ok: false } & Refusal);

export type RunOutcome = { ok: true; result: RunResult } | ({ ok: false } & Refusal);

export type SettingsOutcome = { ok: true; account: Account } | ({ ok: false } & Refusal);

/** Settings the setup dialog changes. */
export type SettingsPatch = Pick<AccountInput, 'cycle' | 'dateWindowDays' | 'amountTolerance' | 'writeOffLimit' | 'segregatePosting'> & Partial<Pick<AccountInput, 'bookOpening' | 'bookOpeningAsOf'>>;

export interface CasePort {
  /**
   * Differences staff can act on (open, in review, rejected), oldest first (earliest booking
   * date), then larger amounts; `total` of them all, and how many wait for approval (not listed).
   */
  listActionable(q: { account?: string; offset: number; limit: number }): Promise<{ items: DifferenceView[]; more: boolean; total: number; awaiting: number }>;
  /** The branch's calendar day (YYYY-MM-DD) ages count to: ageInDays(d.firstDate, today()). */
  today(): string;
  /** Where one account stands (the status service's figures, as the status card shows them). */
  standing(account: string): Promise<AccountStatus | null>;
  /** Marks a one-sided open difference as 未达账项 until `expected` (YYYY-MM-DD). */
  markInTransit(req: { differenceId: string; version: number; actor: string; expected: string }): Promise<ActOutcome>;
  detail(id: string): Promise<DifferenceDetail | null>;
  candidates(id: string): Promise<CandidateView[]>;
  /** Statement lines by store id. */
  lines(ids: readonly string[]): Promise<LineView[]>;
  account(number: string): Promise<Account | null>;
  accounts(): Promise<Account[]>;
  /** The person's name for a channel user id (null when unknown). */
  nameOf(channelUserId: string): Promise<string | null>;
  propose(req: { differenceId: string; version: number; actor: string; resolution: ResolutionInput }): Promise<ActOutcome>;
  annotate(req: { differenceId: string; version: number; actor: string; note: string }): Promise<ActOutcome>;
  pendingFor(actor: string): Promise<PendingApproval[]>;
  decide(req: { differenceId: string; version: number; actor: string; decision: 'approve' | 'reject'; comment: string }): Promise<ActOutcome>;
  /** The side a run of the account and period would lack (it is refused without it), or null. */
  missingSide(account: string, period: string): Promise<'bank' | 'ledger' | null>;
  /** The current run of an account and period (a new run would supersede it), or null. */
  currentRun(account: string, period: string): Promise<{ runId: string; at: Date; by: string } | null>;
  run(req: { account: string; period: string; actor: string }): Promise<RunOutcome>;
  updateSettings(account: string, patch: SettingsPatch, actor: string): Promise<SettingsOutcome>;
}

/** Proactive messages to people (their latest conversation with the bot). */
export interface NotifyPort {
  /** Sends to every approver (and admin) except the person behind `exclude` (under any identity), once per person; returns how many got it. */
  approvers(input: { exclude: string }, build: (lang: Lang, cards: boolean) => Partial<Activity>): Promise<number>;
  /** Sends to one person; false when they have no conversation with the bot or it failed. */
  person(channelUserId: string, build: (lang: Lang, cards: boolean) => Partial<Activity>): Promise<boolean>;
}

/** A proposal as the approvers' card shows it. */
export interface ProposalFacts {
  readonly difference: DifferenceDetail;
  readonly resolution: Pick<ResolutionView, 'kind' | 'reason' | 'entryReference' | 'matchLineIds' | 'proposedAt'>;
  readonly proposerName: string;
  /** The lines chosen for a manual match, in words. */
  readonly matchLines: readonly string[];
  /** The branch's time zone for the time it was proposed (GuidedPorts.timeZone). */
  readonly timeZone?: string;
}

/**
 * The card approvers are sent for a new proposal: built by the approval dialog
 * (dialogs/approval/card.ts), sent by the resolution dialog; dialogs/routes.ts hands one to the other.
 */
export type ProposalCard = (facts: ProposalFacts, lang: Lang, cards: boolean) => Partial<Activity>;

/** A file a person sent with a message (dialogs/upload/attachments.ts reads it from the activity). */
export interface FileAttachment {
  readonly name: string;
  readonly contentType: string;
  /** Where the bytes are: a Direct Line upload kept in the store, or the channel's URL. */
  readonly contentUrl?: string;
  /** Set when the channel refused the file as too large before the bot saw it (bytes, limit). */
  readonly tooLarge?: { size: number; max: number };
  /** Set when Direct Line did not keep the file: its sender may not import (a customer). */
  readonly notKept?: boolean;
}

/** Where a file came from: the turn's channel and conversation, and who sent it. */
export interface UploadOrigin {
  readonly channelId: string;
  readonly conversationId: string;
  readonly serviceUrl: string;
  readonly actor: string;
}

export type ReceiveOutcome =
  | { ok: true; uploadId: string }
  | { ok: false; code: 'too_large'; size: number; max: number }
  | { ok: false; code: 'bad_type' | 'fetch_failed' };

/** A file that no reader accepts, or an import the store refused: one line in the person's language. */
export type UploadFailure = { ok: false; error: string; gone?: boolean };

/** Statement files sent in chat: kept, read with the engine's readers, imported like `recon import`. */
export interface UploadPort {
  /** Keeps the file's bytes for the dialog's later steps (checks the size and the kind of file). */
  receive(file: FileAttachment, origin: UploadOrigin): Promise<ReceiveOutcome>;
  /** What the file holds, read as `side` (null: as the file says, when it does). Nothing is stored. */
  inspect(uploadId: string, side: Side | null, lang: Lang): Promise<{ ok: true; inspection: UploadInspection } | UploadFailure>;
  /** Imports the file into the account's side, all or nothing; `actor` imports and is the poster. */
  /** Imports the file; `conflicts` are the balances it states otherwise than an earlier file (balanceConflicts). */
  import(req: { uploadId: string; account: string; side: Side; actor: string }, lang: Lang): Promise<{ ok: true; result: ImportResult; conflicts: readonly BalanceClash[] } | UploadFailure>;
  /** Forgets the file (imported, declined, or unreadable); abandoned files go with retention. */
  discard(uploadId: string): Promise<void>;
}

/** What the guided dialogs (resolve, approval, run, setup) need: dialogs/flow/ and each dialog. */
export interface GuidedPorts {
  directory: DirectoryPort;
  audit: AuditPort;
  cases: CasePort;
  notify: NotifyPort;
  /** Statement files sent in chat; without it, files are not taken (the upload dialog is not offered). */
  uploads?: UploadPort;
  now: () => Date;
  /** The branch's time zone (SUMMARY_TIMEZONE): times shown in chat are in it (default UTC). */
  timeZone?: string;
  /** Idle time after which a dialog left in the middle expires (default 30 minutes). */
  ttlMs?: number;
  /**
   * Approving a difference above this amount (absolute, decimal string; APPROVAL_CONFIRM_ABOVE,
   * default 10000.00) takes a confirmation that restates account, amount and action.
   */
  approvalConfirmAbove?: string;
}
