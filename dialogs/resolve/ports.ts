/**
 * What the resolution, approval, run and setup dialogs need from the rest of the product.
 * bot/ports/cases.ts and bot/ports/notify.ts implement them over engine/service; the store's
 * refusals come back as values (`ActOutcome`), so a dialog can explain them politely.
 */
import type { Activity } from 'botbuilder';
import type { Lang } from '../../engine/i18n/index.ts';
import type { Account, AccountInput } from '../../engine/service/accounts.ts';
import type { PendingApproval } from '../../engine/service/approvals.ts';
import type { CandidateView } from '../../engine/service/candidates.ts';
import type { DifferenceDetail, DifferenceView, LineView } from '../../engine/service/differences.ts';
import type { ResolutionInput } from '../../engine/service/resolve.ts';
import type { RunResult } from '../../engine/service/run.ts';
import type { AuditPort, DirectoryPort } from '../ports.ts';

/** Why the store refused an action (its EngineError codes, as values). */
export type Refusal =
  | { code: 'conflict'; by: string; state: string }
  | { code: 'self_approval' | 'segregation' | 'forbidden' | 'illegal' | 'unknown_difference' | 'unknown_user' }
  | { code: 'write_off_limit'; limit: string; amount: string }
  | { code: 'bad_input'; problems: string }
  | { code: 'not_covered'; period: string; from: string; to: string }
  | { code: 'bad_period'; period: string }
  | { code: 'unknown_account'; account: string };

export type ActOutcome = { ok: true; state: string; version: number } | ({ ok: false } & Refusal);

export type RunOutcome = { ok: true; result: RunResult } | ({ ok: false } & Refusal);

export type SettingsOutcome = { ok: true; account: Account } | ({ ok: false } & Refusal);

/** Settings the setup dialog changes. */
export type SettingsPatch = Pick<AccountInput, 'cycle' | 'dateWindowDays' | 'amountTolerance' | 'writeOffLimit' | 'segregatePosting'>;

export interface CasePort {
  /** Differences staff can act on (open, in review, rejected), oldest first, then larger amounts. */
  listActionable(q: { account?: string; offset: number; limit: number }): Promise<{ items: DifferenceView[]; more: boolean }>;
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
  /** The current run of an account and period (a new run would supersede it), or null. */
  currentRun(account: string, period: string): Promise<{ runId: string; at: Date; by: string } | null>;
  run(req: { account: string; period: string; actor: string }): Promise<RunOutcome>;
  updateSettings(account: string, patch: SettingsPatch, actor: string): Promise<SettingsOutcome>;
}

/** Proactive messages to people (their latest conversation with the bot). */
export interface NotifyPort {
  /** Sends to every approver (and admin) except `exclude`; returns how many got it. */
  approvers(input: { exclude: string }, build: (lang: Lang, cards: boolean) => Partial<Activity>): Promise<number>;
  /** Sends to one person; false when they have no conversation with the bot or it failed. */
  person(channelUserId: string, build: (lang: Lang, cards: boolean) => Partial<Activity>): Promise<boolean>;
}

export interface ResolvePorts {
  directory: DirectoryPort;
  audit: AuditPort;
  cases: CasePort;
  notify: NotifyPort;
  now: () => Date;
  /** Idle time after which a dialog left in the middle expires (default 30 minutes). */
  ttlMs?: number;
}
