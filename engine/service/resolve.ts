/**
 * Acting on a difference: annotate, propose a resolution, approve or reject it (maker-checker),
 * close it. Every action runs in one transaction: lock the row, check the version the person saw,
 * ask the transition table (lifecycle.ts) whether the move is legal, apply it, audit it.
 */
import { EngineError } from '../errors.ts';
import { Decimal, minorUnits } from '../money.ts';
import type { Db } from '../store/db.ts';
import { appendAudit } from '../store/audit.ts';
import { selectAccount } from '../store/accounts.ts';
import {
  decideResolution, insertResolution, selectDifference, selectPendingResolution, supersedeDifferencesHolding, updateDifferenceState,
  type DifferenceRow, type ResolutionRow,
} from '../store/differences.ts';
import { claimHolders, claimLines, claimsOf, linesNotFree, lockAccountOfDifference, releaseClaims, type LineHolder } from '../store/claims.ts';
import { insertMatches } from '../store/runs.ts';
import { anyLineOutsideAccount, selectLinesById } from '../store/transactions.ts';
import { fitsDifference, transition, type DifferenceState, type LifecycleAction } from './lifecycle.ts';
import { findUserByChannelId, identitiesOf, requireUser, type User } from './users.ts';
import type { ResolutionKind } from './differences.ts';
import { decimalFixed } from './minorText.ts';

export interface ActRequest {
  readonly differenceId: string;
  /** The version the person saw; when given and stale, STORE.VERSION_CONFLICT names who acted. */
  readonly version?: number | undefined;
  /** Channel user id of the person acting. */
  readonly actor: string;
  readonly at: Date;
}

export interface ActResult {
  readonly differenceId: string;
  readonly state: DifferenceState;
  readonly version: number;
}

interface Acting {
  tx: Db;
  row: DifferenceRow;
  user: User;
}

/** One move in the transition table; `system` moves are made by the store itself (auto-close). */
interface Step {
  readonly action: LifecycleAction;
  readonly system?: boolean;
}

interface Outcome {
  readonly note?: string;
  readonly audit: Record<string, unknown>;
  /** Moves made after the person's own (approve → close). */
  readonly then?: readonly Step[];
}

async function act(db: Db, req: ActRequest, path: (row: DifferenceRow) => Step[], fn: (a: Acting) => Promise<Outcome>): Promise<ActResult> {
  return db.transaction(async (tx) => {
    // The account first, then the difference: the order a run locks them in (no deadlock).
    await lockAccountOfDifference(tx, req.differenceId);
    const user = await requireUser(tx, req.actor);
    const row = await selectDifference(tx, req.differenceId, true);
    if (!row) throw new EngineError('STORE.UNKNOWN_DIFFERENCE', `unknown difference ${req.differenceId}`, { difference: req.differenceId });
    if (req.version !== undefined && req.version !== row.version) {
      // Looked up apart: a row re-read after a concurrent update may carry the joined name of its old version.
      const by = (await findUserByChannelId(tx, row.last_actor))?.name ?? row.last_actor;
      throw new EngineError('STORE.VERSION_CONFLICT', `difference ${row.id} was changed by ${by} (now ${row.state}, version ${row.version})`,
        { difference: row.id, by, self: row.last_actor === user.channelUserId, state: row.state, version: row.version });
    }
    // Every move is checked by the transition table before the action's own checks run.
    const move = (state: DifferenceState, step: Step): DifferenceState =>
      transition(state, step.action, step.system ? { kind: 'system' } : { kind: 'person', role: user.role });
    let state = row.state;
    const trail: DifferenceState[] = [];
    for (const step of path(row)) trail.push((state = move(state, step)));
    const out = await fn({ tx, row, user });
    for (const step of out.then ?? []) trail.push((state = move(state, step)));
    if (!(await updateDifferenceState(tx, row.id, row.version, state, user.channelUserId, req.at, out.note))) {
      throw new EngineError('STORE.VERSION_CONFLICT', `difference ${row.id} was changed meanwhile`, { difference: row.id, by: '?', state: row.state, version: row.version });
    }
    await appendAudit(tx, {
      actor: user.channelUserId, source: 'manual', action: `difference.${path(row).at(-1)?.action ?? 'act'}`, entity: 'difference',
      entityId: row.id, at: req.at, before: { state: row.state, version: row.version },
      after: { state, version: row.version + 1, via: trail.slice(0, -1), ...out.audit },
    });
    return { differenceId: row.id, state, version: row.version + 1 };
  });
}

function required(value: string | undefined, code: string, what: string): string {
  const v = (value ?? '').trim();
  if (v === '') throw new EngineError(code, `${what} is required`, {});
  return v;
}

/** Adds a note; open and rejected differences move to in_review. */
export async function annotate(db: Db, req: ActRequest & { note: string }): Promise<ActResult> {
  const note = required(req.note, 'STORE.NOTE_REQUIRED', 'a note');
  return act(db, req, () => [{ action: 'annotate' }], async () => ({ note, audit: { note } }));
}

export interface ResolutionInput {
  readonly kind: ResolutionKind;
  /** Why (required for every kind); for pending_customer, the contact note. */
  readonly reason: string;
  /** The correcting ledger entry (ledger_adjustment: required). */
  readonly entryReference?: string;
  /** Store ids of the lines to match with (manual_match: required). */
  readonly matchLineIds?: readonly string[];
}

/** A line some other difference's resolution holds (or settles otherwise): one refusal naming it. */
function lineTaken(row: DifferenceRow, taken: { line: string; difference: string | null }): EngineError {
  return taken.difference
    ? new EngineError('STORE.LINE_CLAIMED', `line ${taken.line} is already settled or being settled by difference ${taken.difference}; difference ${row.id} cannot use it`,
      { line: taken.line, other: taken.difference, difference: row.id })
    : new EngineError('STORE.LINE_SETTLED', `line ${taken.line} is already matched; difference ${row.id} cannot use it`, { line: taken.line, difference: row.id });
}

async function checkWriteOffLimit(tx: Db, row: DifferenceRow): Promise<void> {
  const account = (await selectAccount(tx, row.account))!;
  const amount = new Decimal(row.amount).abs();
  if (amount.greaterThan(account.write_off_limit)) {
    throw new EngineError('STORE.WRITE_OFF_LIMIT', `write-off of ${amount.toFixed()} exceeds the limit ${account.write_off_limit} of account ${row.account}`,
      { amount: amount.toFixed(), limit: account.write_off_limit, account: row.account });
  }
}

/**
 * A manual match closes the difference with whatever the matched lines leave over (bank minus
 * book); closing more than the account's write-off limit that way would be a write-off by another
 * name, so the residual is held to the same limit.
 */
async function checkMatchResidual(tx: Db, row: DifferenceRow, matchIds: readonly string[]): Promise<void> {
  const lines = await selectLinesById(tx, settledLines(row, matchIds));
  const residual = lines.reduce((s, l) => (l.side === 'bank' ? s.plus(l.amount) : s.minus(l.amount)), new Decimal(0));
  const account = (await selectAccount(tx, row.account))!;
  if (residual.abs().greaterThan(account.write_off_limit)) {
    throw new EngineError('STORE.MATCH_RESIDUAL', `a manual match of difference ${row.id} leaves ${residual.toFixed()}, above the write-off limit ${account.write_off_limit} of account ${row.account}`,
      { residual: residual.toFixed(), limit: account.write_off_limit, account: row.account, difference: row.id });
  }
}

/** The lines a resolution of `row` settles: the difference's own, and for a manual match the chosen ones. */
function settledLines(row: DifferenceRow, matchIds: readonly string[]): string[] {
  return [...new Set([...row.bank_ids, ...row.ledger_ids, ...matchIds])];
}

/**
 * Claims the lines a resolution settles (migration 060's key); a line another resolution holds
 * is refused with the difference holding it, and the transaction writes nothing.
 */
async function claim(tx: Db, row: DifferenceRow, resolutionId: string, lineIds: readonly string[]): Promise<void> {
  const refused = await claimLines(tx, { account: row.account, differenceId: row.id, resolutionId, lineIds });
  const first: LineHolder | undefined = refused[0];
  if (first) throw lineTaken(row, first);
}

async function checkResolution(tx: Db, row: DifferenceRow, r: ResolutionInput): Promise<void> {
  const reason = required(r.reason, 'STORE.REASON_REQUIRED', 'a reason');
  if (!saysWhy(reason)) throw new EngineError('STORE.REASON_TOO_SHORT', 'the reason does not say why', { reason });
  if (r.kind === 'ledger_adjustment') required(r.entryReference, 'STORE.ENTRY_REFERENCE_REQUIRED', 'the entry reference');
  if (r.kind === 'write_off') await checkWriteOffLimit(tx, row);
  if (!fitsDifference(r.kind, row)) {
    throw new EngineError('STORE.WRONG_SIDE', `a ${r.kind} does not correct a duplicate booked twice by the ${row.side === 'bank' ? 'bank' : 'books'} (difference ${row.id})`, { difference: row.id, action: r.kind, side: row.side });
  }
  // The difference's own lines: another difference's manual match may hold them already.
  const held = (await claimHolders(tx, [...row.bank_ids, ...row.ledger_ids])).find((h) => h.difference !== row.id);
  if (held) throw lineTaken(row, held);
  if (r.kind === 'manual_match') {
    const ids = [...new Set(r.matchLineIds ?? [])];
    if (ids.length === 0 || ids.some((id) => !/^\d{1,18}$/.test(id))) throw new EngineError('STORE.MATCH_LINES_REQUIRED', 'lines to match are required', {});
    const own = new Set([...row.bank_ids, ...row.ledger_ids]);
    const lines = await selectLinesById(tx, ids);
    const bad = ids.find((id) => own.has(id) || !lines.some((l) => l.id === id));
    if (bad !== undefined || lines.some((l) => l.currency !== row.currency)) {
      throw new EngineError('STORE.BAD_MATCH_LINES', `line ${bad ?? ids[0]} cannot be matched with difference ${row.id}`, { line: bad ?? ids[0], difference: row.id });
    }
    if (await anyLineOutsideAccount(tx, ids, row.account)) throw new EngineError('STORE.BAD_MATCH_LINES', `lines of another account cannot be matched with difference ${row.id}`, { line: ids[0], difference: row.id });
    // Only a line of another open difference, claimed by nobody, is free to match.
    const taken = (await linesNotFree(tx, { account: row.account, except: row.id, ids }))[0];
    if (taken) throw lineTaken(row, taken);
    await checkMatchResidual(tx, row, ids);
  }
}

/** Proposes a resolution (an open or rejected difference passes through in_review on the way). */
export async function propose(db: Db, req: ActRequest & { resolution: ResolutionInput }): Promise<ActResult> {
  const path = (row: DifferenceRow): Step[] => (row.state === 'open' || row.state === 'rejected' ? [{ action: 'annotate' }, { action: 'propose' }] : [{ action: 'propose' }]);
  return act(db, req, path, async ({ tx, row, user }) => {
    const r = req.resolution;
    await checkResolution(tx, row, r);
    const matchIds = [...new Set(r.matchLineIds ?? [])];
    const resolution = await insertResolution(tx, {
      differenceId: row.id, kind: r.kind, reason: r.reason.trim(), entryReference: (r.entryReference ?? '').trim(), matchIds, proposedBy: user.channelUserId, proposedPerson: user.personId, at: req.at,
      differenceVersion: row.version + 1,
    });
    await claim(tx, row, resolution, settledLines(row, matchIds));
    return { audit: { resolution, kind: r.kind, reason: r.reason.trim(), entryReference: (r.entryReference ?? '').trim(), matchLineIds: matchIds } };
  });
}

async function pending(tx: Db, row: DifferenceRow): Promise<ResolutionRow> {
  const res = await selectPendingResolution(tx, row.id);
  if (!res) throw new EngineError('STORE.ILLEGAL_TRANSITION', `difference ${row.id} has no proposal to decide`, { state: row.state, action: 'approve' });
  return res;
}

/** Maker-checker: the approver is not the proposer and (when the account says so) posted none of the lines. */
async function checkChecker(tx: Db, row: DifferenceRow, res: ResolutionRow, user: User): Promise<void> {
  // Per person, not per identity: proposing as one identity and deciding as another is still one person.
  if (res.proposed_person === user.personId) {
    throw new EngineError('STORE.SELF_APPROVAL', `${user.name} proposed this resolution and cannot decide on it`, { user: user.name, difference: row.id });
  }
  const account = (await selectAccount(tx, row.account))!;
  if (!account.segregate_posting) return;
  const lines = await selectLinesById(tx, [...row.bank_ids, ...row.ledger_ids, ...res.match_ids]);
  const mine = await identitiesOf(tx, user.personId);
  if (lines.some((l) => l.posted_by !== null && (mine.has(l.posted_by) || l.posted_by === user.channelUserId))) {
    throw new EngineError('STORE.SEGREGATION', `${user.name} posted lines of difference ${row.id} and cannot approve its resolution`, { user: user.name, difference: row.id });
  }
}

/** Applies an approved manual match: a match of the difference's lines and the chosen ones. */
async function applyManualMatch(tx: Db, row: DifferenceRow, res: ResolutionRow, actor: string, at: Date): Promise<void> {
  const lines = await selectLinesById(tx, [...row.bank_ids, ...row.ledger_ids, ...res.match_ids]);
  const bank = lines.filter((l) => l.side === 'bank');
  const ledger = lines.filter((l) => l.side === 'ledger');
  const sum = (ls: typeof lines): Decimal => ls.reduce((s, l) => s.plus(l.amount), new Decimal(0));
  // Written at the currency's scale, as a run writes its matches ("-5.00", not "-5").
  const scale = minorUnits((await selectAccount(tx, row.account))!.currency);
  await insertMatches(tx, row.account, null, [{ rule: 'manual', bank: bank.map((l) => l.id), ledger: ledger.map((l) => l.id), difference: decimalFixed(sum(bank).minus(sum(ledger)), scale) }]);
  // The chosen lines' own open differences are explained by this match now.
  const superseded = transition('open', 'supersede', { kind: 'system' });
  const others = await supersedeDifferencesHolding(tx, row.account, res.match_ids, row.id, superseded, actor, at);
  for (const id of others) {
    await appendAudit(tx, { actor, source: 'auto', action: 'difference.supersede', entity: 'difference', entityId: id, at,
      before: { state: 'open' }, after: { state: superseded, manualMatchOf: row.id } });
  }
}

/**
 * What approval re-checks of a proposal: the difference is still at the version proposed, the
 * proposal still holds every line it settles (a proposal from before migration 060 claims them
 * now), the chosen lines are still free, and a write-off or a manual match's residual is still within
 * the account's limit.
 */
async function recheckProposal(tx: Db, row: DifferenceRow, res: ResolutionRow): Promise<void> {
  if (res.difference_version !== null && res.difference_version !== row.version) {
    throw new EngineError('STORE.VERSION_CONFLICT', `difference ${row.id} changed since the proposal (version ${res.difference_version}, now ${row.version})`,
      { difference: row.id, by: row.last_actor_name ?? row.last_actor, state: row.state, version: row.version });
  }
  const held = new Set(await claimsOf(tx, res.id));
  const missing = settledLines(row, res.match_ids).filter((id) => !held.has(id));
  if (missing.length > 0) await claim(tx, row, res.id, missing);
  if (res.kind === 'manual_match') {
    const taken = (await linesNotFree(tx, { account: row.account, except: row.id, ids: res.match_ids, mine: res.id }))[0];
    if (taken) throw lineTaken(row, taken);
    await checkMatchResidual(tx, row, res.match_ids);
  }
  if (res.kind === 'write_off') await checkWriteOffLimit(tx, row);
}

/** Approves the pending proposal; except for pending_customer, the difference is then closed. */
export async function approve(db: Db, req: ActRequest & { comment?: string }): Promise<ActResult> {
  return act(db, req, () => [{ action: 'approve' }], async ({ tx, row, user }) => {
    const res = await pending(tx, row);
    await checkChecker(tx, row, res, user);
    await recheckProposal(tx, row, res);
    await decideResolution(tx, res.id, { decision: 'approved', by: user.channelUserId, person: user.personId, at: req.at, comment: (req.comment ?? '').trim() });
    if (res.kind === 'manual_match') await applyManualMatch(tx, row, res, user.channelUserId, req.at);
    const then: Step[] = res.kind === 'pending_customer' ? [] : [{ action: 'close', system: true }];
    return { audit: { resolution: res.id, kind: res.kind, comment: req.comment ?? '' }, then };
  });
}

/**
 * Whether a reason or a rejection comment can say why: two different Chinese characters, or four
 * letters of at least two kinds. Digits and punctuation say nothing ("x", "ok", "1111", "啊啊", "记"
 * cannot; "凭证号不对", "不对", "wrong ref" can).
 */
export function saysWhy(text: string): boolean {
  const han = text.match(/\p{Script=Han}/gu) ?? [];
  if (new Set(han).size >= 2) return true;
  const letters = (text.match(/\p{L}/gu) ?? []).filter((c) => !/\p{Script=Han}/u.test(c)).map((c) => c.toLowerCase());
  return letters.length >= 4 && new Set(letters).size >= 2;
}

/** Rejects the pending proposal (a comment that says why is required); the difference returns to review. */
export async function reject(db: Db, req: ActRequest & { comment: string }): Promise<ActResult> {
  const comment = required(req.comment, 'STORE.COMMENT_REQUIRED', 'a comment');
  if (!saysWhy(comment)) throw new EngineError('STORE.COMMENT_TOO_SHORT', 'the rejection comment does not say why', { comment });
  return act(db, req, () => [{ action: 'reject' }], async ({ tx, row, user }) => {
    const res = await pending(tx, row);
    await checkChecker(tx, row, res, user);
    await decideResolution(tx, res.id, { decision: 'rejected', by: user.channelUserId, person: user.personId, at: req.at, comment });
    await releaseClaims(tx, res.id);
    return { audit: { resolution: res.id, comment } };
  });
}

/** Closes an approved difference (pending_customer: the customer confirmed). */
export async function closeDifference(db: Db, req: ActRequest & { note: string }): Promise<ActResult> {
  const note = required(req.note, 'STORE.NOTE_REQUIRED', 'a note');
  return act(db, req, () => [{ action: 'close' }], async () => ({ note, audit: { note } }));
}
