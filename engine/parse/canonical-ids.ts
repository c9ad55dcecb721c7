/**
 * The duplicate-id check of a canonical CSV file, left to the end when the ids do not ascend.
 * Ids that strictly increase ("after" = longer, or as long and later in code units) are distinct
 * with one comparison a line. Once they do not, nothing is checked per line: at the end of the
 * file (or at an error, so that the first problem of the file is still the one reported) the
 * ids' natural-order ranks are computed once, which finds any repeat, and the ranks are kept
 * with the statement's lines for the engine (`rememberRanks`), which then does not redo them.
 */
import type { Transaction } from '../model.ts';
import { firstRepeat, idRanks, rememberRanks } from '../lines/id-rank.ts';
import { lineError } from './fail.ts';

export class DeferredIdCheck {
  private inOrder = true;
  private lastId = '';
  /** The id of the line being read, until it is among `transactions` (an error may come first). */
  private pendingId = '';
  private pendingLine = 0;
  private ranks: Int32Array | null = null;

  constructor(
    private readonly file: string,
    private readonly transactions: readonly Transaction[],
  ) {}

  /** The id of line `line`, read before its other fields are checked. */
  take(id: string, line: number): void {
    const lastId = this.lastId;
    if (this.inOrder && !(id.length > lastId.length || (id.length === lastId.length && id > lastId))) this.inOrder = false;
    this.lastId = id;
    this.pendingId = id;
    this.pendingLine = line;
  }

  /** Throws DUPLICATE_ID for the first line, in file order, that repeats an earlier line's id. */
  settle(): void {
    if (this.inOrder || this.ranks !== null) return;
    const txs = this.transactions;
    const ids = txs.map((t) => t.id);
    if (this.pendingLine > (txs.at(-1)?.line ?? 0)) ids.push(this.pendingId);
    const ranks = idRanks(ids);
    if (ranks !== null) {
      if (ranks.length === txs.length) this.ranks = ranks;
      return;
    }
    const at = firstRepeat(ids);
    const id = ids[at]!;
    const lineOf = (i: number): number => txs[i]?.line ?? this.pendingLine;
    throw lineError(this.file, lineOf(at), 'DUPLICATE_ID', { id, first: lineOf(ids.indexOf(id)) });
  }

  /** The lines, frozen (the ranks kept for them describe exactly these). */
  keep(): readonly Transaction[] {
    const txs = Object.freeze(this.transactions);
    if (this.ranks !== null) rememberRanks(txs, this.ranks);
    return txs;
  }
}
