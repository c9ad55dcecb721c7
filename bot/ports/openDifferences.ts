/** Open differences by kind across all accounts, for the metrics gauge. */
import type { Db } from '../../engine/store/db.ts';
import { ACTIVE_STATES } from '../../engine/service/differences.ts';
import { selectOpenGroups } from '../../engine/store/status.ts';

export function openDifferencesByKind(db: Db): () => Promise<Array<{ kind: string; count: number }>> {
  return async () => {
    const totals = new Map<string, number>();
    for (const g of await selectOpenGroups(db, ACTIVE_STATES)) totals.set(g.kind, (totals.get(g.kind) ?? 0) + Number(g.count));
    return [...totals].map(([kind, count]) => ({ kind, count }));
  };
}
