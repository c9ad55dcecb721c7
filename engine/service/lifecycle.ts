/**
 * The difference lifecycle, in one place. Every state change of a difference goes through
 * `transition`, which either returns the next state or throws STORE.ILLEGAL_TRANSITION /
 * STORE.FORBIDDEN. Pure: no database, no clock.
 *
 *   open ──annotate──▶ in_review ──propose──▶ proposed ──approve──▶ approved ──close──▶ closed
 *     │                  ▲   │ annotate                    │
 *     │                  │   ▼                             └─reject──▶ rejected ──annotate──▶ in_review
 *     └─supersede (a later run re-examined its lines)──▶ superseded
 */
import { z } from 'zod';
import { EngineError } from '../errors.ts';

export const DifferenceStateSchema = z.enum(['open', 'in_review', 'proposed', 'approved', 'rejected', 'closed', 'superseded']);
export type DifferenceState = z.infer<typeof DifferenceStateSchema>;

export const RoleSchema = z.enum(['customer', 'staff', 'approver', 'admin']);
export type Role = z.infer<typeof RoleSchema>;

export type LifecycleAction = 'annotate' | 'propose' | 'approve' | 'reject' | 'close' | 'supersede';

/** Who may act: a person's role, or the system itself (runs). */
export type Actor = { kind: 'person'; role: Role } | { kind: 'system' };

interface Rule {
  readonly from: readonly DifferenceState[];
  readonly to: DifferenceState;
  /** Roles allowed; `system` for changes only a run makes. */
  readonly by: readonly (Role | 'system')[];
}

const WORKERS: readonly Role[] = ['staff', 'approver', 'admin'];
const CHECKERS: readonly Role[] = ['approver', 'admin'];

/** The transition table. Anything not listed is illegal. */
export const TRANSITIONS: Readonly<Record<LifecycleAction, Rule>> = {
  annotate: { from: ['open', 'in_review', 'rejected'], to: 'in_review', by: WORKERS },
  propose: { from: ['in_review'], to: 'proposed', by: WORKERS },
  approve: { from: ['proposed'], to: 'approved', by: CHECKERS },
  reject: { from: ['proposed'], to: 'rejected', by: CHECKERS },
  close: { from: ['approved'], to: 'closed', by: [...WORKERS, 'system'] },
  supersede: { from: ['open'], to: 'superseded', by: ['system'] },
};

export const ACTIONS = Object.keys(TRANSITIONS) as LifecycleAction[];

/** True when the table allows `action` from `state` (ignoring who acts). */
export function allowed(state: DifferenceState, action: LifecycleAction): boolean {
  return TRANSITIONS[action].from.includes(state);
}

/** The state after `action`, or an EngineError naming why not. */
export function transition(state: DifferenceState, action: LifecycleAction, actor: Actor): DifferenceState {
  const rule = TRANSITIONS[action];
  if (!rule.from.includes(state)) {
    throw new EngineError('STORE.ILLEGAL_TRANSITION', `cannot ${action} a difference that is ${state}`, { state, action });
  }
  const who = actor.kind === 'system' ? 'system' : actor.role;
  if (!rule.by.includes(who)) {
    throw new EngineError('STORE.FORBIDDEN', `${who} may not ${action}`, { role: who, action });
  }
  return rule.to;
}

/**
 * Whether a resolution of kind `kind` can correct `row`: a duplicate is corrected on the side that
 * booked it twice (the bank's error, or an adjustment in the books), never the other side's way.
 */
export function fitsDifference(kind: string, row: { kind: string; side: string }): boolean {
  if (row.kind !== 'duplicate') return true;
  return !((kind === 'bank_error' && row.side === 'ledger') || (kind === 'ledger_adjustment' && row.side === 'bank'));
}
