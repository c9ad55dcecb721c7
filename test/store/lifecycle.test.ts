import { describe, expect, it } from 'vitest';
import { ACTIONS, DifferenceStateSchema, TRANSITIONS, allowed, transition, type Role } from '../../engine/service/lifecycle.ts';

const STATES = DifferenceStateSchema.options;
const ROLES: Role[] = ['customer', 'staff', 'approver', 'admin'];

describe('the difference transition table', () => {
  it('allows exactly the documented moves', () => {
    const legal = ACTIONS.flatMap((a) => STATES.filter((s) => allowed(s, a)).map((s) => `${s} -${a}-> ${TRANSITIONS[a].to}`)).sort();
    expect(legal).toEqual([
      'approved -close-> closed',
      'in_review -annotate-> in_review',
      'in_review -propose-> proposed',
      'open -annotate-> in_review',
      'open -supersede-> superseded',
      'proposed -approve-> approved',
      'proposed -reject-> rejected',
      'rejected -annotate-> in_review',
    ]);
  });

  it('refuses every other move with STORE.ILLEGAL_TRANSITION, whoever asks', () => {
    let refused = 0;
    for (const state of STATES) {
      for (const action of ACTIONS) {
        if (allowed(state, action)) continue;
        for (const role of ROLES) {
          expect(() => transition(state, action, { kind: 'person', role })).toThrow(expect.objectContaining({ code: 'STORE.ILLEGAL_TRANSITION' }));
          refused++;
        }
        expect(() => transition(state, action, { kind: 'system' })).toThrow(expect.objectContaining({ code: 'STORE.ILLEGAL_TRANSITION' }));
      }
    }
    expect(refused).toBe((STATES.length * ACTIONS.length - 8) * ROLES.length);
  });

  it('lets only approvers decide, never customers act, and only the system supersede', () => {
    expect(transition('proposed', 'approve', { kind: 'person', role: 'approver' })).toBe('approved');
    expect(() => transition('proposed', 'approve', { kind: 'person', role: 'staff' })).toThrow(expect.objectContaining({ code: 'STORE.FORBIDDEN' }));
    expect(() => transition('proposed', 'reject', { kind: 'person', role: 'staff' })).toThrow(expect.objectContaining({ code: 'STORE.FORBIDDEN' }));
    expect(() => transition('open', 'annotate', { kind: 'person', role: 'customer' })).toThrow(expect.objectContaining({ code: 'STORE.FORBIDDEN' }));
    expect(() => transition('open', 'supersede', { kind: 'person', role: 'admin' })).toThrow(expect.objectContaining({ code: 'STORE.FORBIDDEN' }));
    expect(transition('open', 'supersede', { kind: 'system' })).toBe('superseded');
  });
});
