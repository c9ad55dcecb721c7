/**
 * CasePort over engine/service: differences, candidates, proposals, decisions, runs and account
 * settings. The store's refusals (EngineError codes) become values the dialogs word politely;
 * anything else is a real failure and is thrown to the turn's error path.
 */
import { EngineError } from '../../engine/errors.ts';
import type { Db } from '../../engine/store/db.ts';
import { getAccount, listAccounts, updateAccountSettings } from '../../engine/service/accounts.ts';
import { listPendingApprovals } from '../../engine/service/approvals.ts';
import { findCandidates } from '../../engine/service/candidates.ts';
import { currentRun } from '../../engine/service/currentRun.ts';
import { AWAITING_STATES, countListed, getDifference, listDifferences } from '../../engine/service/differences.ts';
import { markInTransit } from '../../engine/service/inTransit.ts';
import { getStatus } from '../../engine/service/status.ts';
import { lineViews } from '../../engine/service/lineViews.ts';
import { annotate, approve, propose, reject } from '../../engine/service/resolve.ts';
import { missingSide, runReconciliation } from '../../engine/service/run.ts';
import { findUserByChannelId } from '../../engine/service/users.ts';
import type { CasePort, Refusal } from '../../dialogs/ports.ts';
import { isChatActor, requireChatActor } from './chatActor.ts';
import { accountStatusOf, dayIn } from './status.ts';

const str = (v: unknown): string => (typeof v === 'string' || typeof v === 'number' ? String(v) : '');

/** The refusal an EngineError stands for, or null when it is not one a person can act on. */
export function refusalOf(err: unknown): Refusal | null {
  if (!(err instanceof EngineError)) return null;
  const d = err.details;
  switch (err.code) {
    case 'STORE.VERSION_CONFLICT': return { code: 'conflict', by: str(d.by), self: d.self === true, state: str(d.state) };
    case 'STORE.SELF_APPROVAL': return { code: 'self_approval' };
    case 'STORE.SEGREGATION': return { code: 'segregation' };
    case 'STORE.FORBIDDEN': return { code: 'forbidden' };
    case 'STORE.ILLEGAL_TRANSITION': return { code: 'illegal' };
    case 'STORE.UNKNOWN_DIFFERENCE': return { code: 'unknown_difference' };
    case 'STORE.UNKNOWN_USER': return { code: 'unknown_user' };
    case 'STORE.WRITE_OFF_LIMIT': return { code: 'write_off_limit', limit: str(d.limit), amount: str(d.amount) };
    case 'STORE.MATCH_RESIDUAL': return { code: 'match_residual', limit: str(d.limit), residual: str(d.residual) };
    case 'STORE.LINE_CLAIMED': return { code: 'line_taken', other: str(d.other) };
    case 'STORE.LINE_SETTLED': return { code: 'line_taken', other: '' };
    case 'STORE.WRONG_SIDE': return { code: 'wrong_side' };
    case 'STORE.PERIOD_PARTLY_COVERED': return { code: 'partly_covered', period: str(d.period), missing: str(d.missing), from: str(d.from), to: str(d.to) };
    case 'STORE.PERIOD_NOT_COVERED': return { code: 'not_covered', period: str(d.period), from: str(d.from), to: str(d.to) };
    case 'STORE.NO_BANK_STATEMENT': return { code: 'no_bank_statement', period: str(d.period) };
    case 'STORE.NO_LEDGER': return { code: 'no_ledger', period: str(d.period) };
    case 'STORE.BAD_PERIOD': return { code: 'bad_period', period: str(d.period) };
    case 'STORE.UNKNOWN_ACCOUNT': return { code: 'unknown_account', account: str(d.account) };
    case 'STORE.BAD_INPUT': case 'STORE.REASON_REQUIRED': case 'STORE.REASON_TOO_SHORT': case 'STORE.ENTRY_REFERENCE_REQUIRED': case 'STORE.COMMENT_REQUIRED': case 'STORE.COMMENT_TOO_SHORT':
    case 'STORE.NOTE_REQUIRED': case 'STORE.MATCH_LINES_REQUIRED': case 'STORE.BAD_MATCH_LINES':
      return { code: 'bad_input', problems: err.message };
    default: return null;
  }
}

async function attempt<T>(fn: () => Promise<T>): Promise<({ ok: true } & T) | ({ ok: false } & Refusal)> {
  try {
    return { ok: true, ...(await fn()) };
  } catch (err) {
    const r = refusalOf(err);
    if (r) return { ok: false, ...r };
    throw err;
  }
}

/** `timeZone`: the branch's, whose calendar day ages count to (SUMMARY_TIMEZONE). */
export function casePort(db: Db, now: () => Date, timeZone = 'Asia/Shanghai'): CasePort {
  const dateIn = dayIn(timeZone);
  return {
    async listActionable(q) {
      const state = ['open', 'in_review', 'rejected'] as const;
      const items = await listDifferences(db, { account: q.account, state, limit: q.limit + 1, offset: q.offset });
      const total = await countListed(db, { account: q.account, state });
      const awaiting = await countListed(db, { account: q.account, state: AWAITING_STATES });
      return { items: items.slice(0, q.limit), more: items.length > q.limit, total, awaiting };
    },
    today: () => dateIn(now()),
    async standing(account) {
      try {
        const at = now();
        const s = await getStatus(db, { account, asOf: at, today: dateIn(at) });
        return s.accounts[0] ? accountStatusOf(s.accounts[0], dateIn) : null;
      } catch (err) {
        if (err instanceof EngineError && err.code === 'STORE.UNKNOWN_ACCOUNT') return null;
        throw err;
      }
    },
    markInTransit: (req) => attempt(async () => {
      await requireChatActor(db, req.actor);
      await markInTransit(db, { differenceId: req.differenceId, version: req.version, actor: req.actor, at: now(), expected: req.expected });
      return { state: 'open', version: req.version };
    }),
    async detail(id) {
      try {
        return await getDifference(db, id);
      } catch (err) {
        if (err instanceof EngineError && err.code === 'STORE.UNKNOWN_DIFFERENCE') return null;
        throw err;
      }
    },
    candidates: (id) => findCandidates(db, id),
    lines: (ids) => lineViews(db, ids),
    async account(number) {
      try {
        return await getAccount(db, number);
      } catch (err) {
        if (err instanceof EngineError && err.code === 'STORE.UNKNOWN_ACCOUNT') return null;
        throw err;
      }
    },
    accounts: () => listAccounts(db),
    async nameOf(id) {
      return id ? ((await findUserByChannelId(db, id))?.name ?? null) : null;
    },
    propose: (req) => attempt(async () => {
      await requireChatActor(db, req.actor);
      const r = await propose(db, { differenceId: req.differenceId, version: req.version, actor: req.actor, at: now(), resolution: req.resolution });
      return { state: r.state, version: r.version };
    }),
    annotate: (req) => attempt(async () => {
      await requireChatActor(db, req.actor);
      const r = await annotate(db, { differenceId: req.differenceId, version: req.version, actor: req.actor, at: now(), note: req.note });
      return { state: r.state, version: r.version };
    }),
    async pendingFor(actor) {
      return (await isChatActor(db, actor)) ? listPendingApprovals(db, actor) : [];
    },
    decide: (req) => attempt(async () => {
      await requireChatActor(db, req.actor);
      const base = { differenceId: req.differenceId, version: req.version, actor: req.actor, at: now(), comment: req.comment };
      const r = req.decision === 'approve' ? await approve(db, base) : await reject(db, base);
      return { state: r.state, version: r.version };
    }),
    currentRun: (account, period) => currentRun(db, account, period),
    missingSide: (account, period) => missingSide(db, account, period),
    run: (req) => attempt(async () => {
      await requireChatActor(db, req.actor);
      return { result: await runReconciliation(db, { account: req.account, period: req.period, actor: req.actor, at: now() }) };
    }),
    updateSettings: (account, patch, actor) => attempt(async () => {
      await requireChatActor(db, actor);
      return { account: await updateAccountSettings(db, account, patch, actor, now()) };
    }),
  };
}
