/**
 * What every reader does once it has the lines of a statement: give each line an id that is
 * unique in the file and the same on every run, and check that the balances add up.
 */
import { Decimal } from '../money.ts';
import type { Statement, Transaction } from '../model.ts';

/** A line as a reader found it, before ids are settled. */
export interface DraftTransaction extends Omit<Transaction, 'id'> {
  /** The bank's own id for the line ('' when the file has none). */
  readonly preferredId: string;
  /** A deterministic fallback (`L12` for line 12, `E3` for the third camt entry). */
  readonly derivedId: string;
}

/**
 * Ids for one file's lines: the bank's id where it is present and unique in the file, else the
 * derived id; a derived id that happens to equal another line's id gets `#2`, `#3`, ... So ids
 * are unique within the output and depend only on the file's content and order.
 */
export function settleIds(drafts: readonly DraftTransaction[]): Transaction[] {
  const uses = new Map<string, number>();
  for (const d of drafts) if (d.preferredId !== '') uses.set(d.preferredId, (uses.get(d.preferredId) ?? 0) + 1);
  const taken = new Set<string>();
  for (const d of drafts) if (d.preferredId !== '' && uses.get(d.preferredId) === 1) taken.add(d.preferredId);
  return drafts.map((d) => {
    let id: string;
    if (d.preferredId !== '' && uses.get(d.preferredId) === 1) id = d.preferredId;
    else {
      id = d.derivedId;
      for (let n = 2; taken.has(id); n++) id = `${d.derivedId}#${n}`;
      taken.add(id);
    }
    return {
      id,
      date: d.date,
      valueDate: d.valueDate,
      amount: d.amount,
      currency: d.currency,
      reference: d.reference,
      bankReference: d.bankReference,
      counterparty: d.counterparty,
      description: d.description,
      balance: d.balance,
      line: d.line,
    };
  });
}

/** Σ amounts of the lines. */
export function total(transactions: readonly Transaction[]): Decimal {
  let sum = new Decimal(0);
  for (const t of transactions) sum = sum.plus(t.amount);
  return sum;
}

/** opening + Σ amounts = closing; null when either balance is absent. Never "fixes" anything. */
export function addsUp(opening: Decimal | null, closing: Decimal | null, transactions: readonly Transaction[]): boolean | null {
  if (opening === null || closing === null) return null;
  return opening.plus(total(transactions)).equals(closing);
}

export interface RunningBalances {
  readonly opening: Decimal | null;
  readonly closing: Decimal | null;
  readonly addsUp: boolean | null;
}

/**
 * Balances from a running-balance column (余额 / balance after each line). Each stated balance
 * must equal the previous one plus the amounts in between. Files listed newest first are
 * recognised by trying the reverse order when the file order does not chain. Null when no
 * line states a balance.
 */
export function fromRunningBalances(transactions: readonly Transaction[]): RunningBalances {
  const forward = chain(transactions, false);
  if (forward.addsUp !== false) return forward;
  const backward = chain(transactions, true);
  return backward.addsUp === true ? backward : forward;
}

function chain(txs: readonly Transaction[], reverse: boolean): RunningBalances {
  let opening: Decimal | null = null;
  let last: Decimal | null = null;
  let pending = new Decimal(0);
  let ok = true;
  const n = txs.length;
  for (let k = 0; k < n; k++) {
    const t = txs[reverse ? n - 1 - k : k];
    if (t === undefined) continue;
    pending = pending.plus(t.amount);
    if (t.balance === null) continue;
    if (last === null) opening = t.balance.minus(pending);
    else if (!last.plus(pending).equals(t.balance)) ok = false;
    last = t.balance;
    pending = new Decimal(0);
  }
  if (last === null) return { opening: null, closing: null, addsUp: null };
  return { opening, closing: last.plus(pending), addsUp: ok };
}

/** Assembles a Statement value. */
export function statement(fields: Omit<Statement, 'addsUp'> & { addsUp?: boolean | null }): Statement {
  return {
    ...fields,
    addsUp: fields.addsUp !== undefined ? fields.addsUp : addsUp(fields.opening, fields.closing, fields.transactions),
  };
}
