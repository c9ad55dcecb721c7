/** Statement lines by store id, as the dialogs show them. */
import type { Db } from '../store/db.ts';
import { selectLinesById } from '../store/transactions.ts';
import { toLineView, type LineView } from './differences.ts';

/** The lines with these store ids, in id order (unknown ids are left out). */
export async function lineViews(db: Db, ids: readonly string[]): Promise<LineView[]> {
  const valid = ids.filter((id) => /^\d{1,18}$/.test(id));
  return (await selectLinesById(db, valid)).map(toLineView);
}
