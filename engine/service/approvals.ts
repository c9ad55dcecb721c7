/**
 * What waits for a checker: differences with a proposal nobody has decided yet, oldest first,
 * leaving out the person's own proposals (they may never decide on them).
 */
import type { Db } from '../store/db.ts';
import { getDifference, listDifferences, type DifferenceDetail, type ResolutionView } from './differences.ts';
import { findUserByChannelId } from './users.ts';

export interface PendingApproval {
  readonly difference: DifferenceDetail;
  readonly resolution: ResolutionView;
  readonly proposerName: string;
}

/** The undecided proposal of a difference in state `proposed`, or null. */
export function pendingResolution(d: DifferenceDetail): ResolutionView | null {
  if (d.state !== 'proposed') return null;
  return [...d.resolutions].reverse().find((r) => r.decision === null) ?? null;
}

/** Proposals waiting for a decision that `channelUserId` may take (not their own, under any identity), oldest first. */
export async function listPendingApprovals(db: Db, channelUserId: string, options: { account?: string; limit?: number } = {}): Promise<PendingApproval[]> {
  const me = await findUserByChannelId(db, channelUserId);
  const proposed = await listDifferences(db, { account: options.account, state: 'proposed', limit: options.limit ?? 200 });
  const out: PendingApproval[] = [];
  for (const view of proposed) {
    const d = await getDifference(db, view.id);
    const r = pendingResolution(d);
    if (!r || r.proposedBy === channelUserId || r.proposedPerson === me?.personId) continue;
    out.push({ difference: d, resolution: r, proposerName: (await findUserByChannelId(db, r.proposedBy))?.name ?? r.proposedBy });
  }
  return out;
}
