/**
 * The kinds of line pairs a month of bank statement and bank-deposit journal is made of, as
 * drafts (day of month, amount in integer cents, reference, counterparty, description). Ids,
 * dates and running balances are assigned when the drafts are written in day order.
 */
import type { Prng } from './prng.ts';
import { COMPANIES, PAYMENT_DESCRIPTIONS, QUOTED_DESCRIPTIONS, RECEIPT_DESCRIPTIONS, personName } from './vocab.ts';

export interface Draft {
  readonly day: number;
  readonly cents: bigint;
  readonly reference: string;
  readonly counterparty: string;
  readonly description: string;
}

/** What one scenario adds to each side. */
export interface Unit {
  readonly bank: Draft[];
  readonly ledger: Draft[];
}

export const SCENARIO_KINDS = ['reference', 'amountDate', 'batch', 'split', 'fee', 'inTransit', 'bankOnly', 'duplicate'] as const;
export type ScenarioKind = (typeof SCENARIO_KINDS)[number];

/**
 * Per-mille share of scenarios. Batches add 2-10 ledger lines and splits 2-4 bank lines, so the
 * single-sided shares are tuned to keep both sides close to the same length.
 */
export const SCENARIO_WEIGHTS: Readonly<Record<ScenarioKind, number>> = {
  reference: 700,
  amountDate: 150,
  batch: 10,
  split: 10,
  fee: 30,
  inTransit: 30,
  bankOnly: 50,
  duplicate: 20,
};

/** Most lines any one scenario adds to one side (a payroll batch); the writer keeps this much headroom. */
export const MAX_LINES_PER_UNIT = 10;

/** The generator's state that scenarios share: randomness, the month, unique amounts, reference numbers. */
export class ScenarioContext {
  private refSeq = 0;
  private readonly usedUnique = new Set<bigint>();
  private interestPosted = false;
  /** Sums of the amounts generated so far per side: they steer inflow/outflow so balances stay positive. */
  private bankDrift = 0n;
  private ledgerDrift = 0n;

  constructor(
    readonly prng: Prng,
    readonly daysInMonth: number,
    readonly yymm: string,
    private readonly opening: bigint,
  ) {}

  /** A fresh reference such as TX2603000123 (prefix, year-month, sequence). */
  reference(prefix: string): string {
    this.refSeq += 1;
    return `${prefix}${this.yymm}${String(this.refSeq).padStart(7, '0')}`;
  }

  /** A positive amount in cents, mostly hundreds to tens of thousands of yuan, now and then millions. */
  magnitude(largest = 4): bigint {
    const bucket = this.prng.weighted([300, 350, 250, 95, 5].slice(0, largest + 1));
    const lo = 10 ** (4 + bucket);
    return BigInt(this.prng.int(lo, lo * 10 - 1));
  }

  /**
   * +1 (money in) or -1 (money out), leaning against the drift of the side the line lands on (for
   * a pair, the lower side), so running balances stay near the opening instead of going negative.
   */
  sign(side: 'both' | 'bank' | 'ledger' = 'both'): bigint {
    const drift = side === 'bank' ? this.bankDrift : side === 'ledger' ? this.ledgerDrift : this.bankDrift < this.ledgerDrift ? this.bankDrift : this.ledgerDrift;
    const lean = (drift * 2000n) / this.opening;
    const clamped = lean > 450n ? 450n : lean < -450n ? -450n : lean;
    return this.prng.chance(500 - Number(clamped)) ? 1n : -1n;
  }

  /** A signed amount not used by any other unique-amount line: amount+date pairs stay unambiguous. */
  uniqueAmount(sign: bigint, draw: () => bigint = () => this.magnitude()): bigint {
    for (let attempt = 0; ; attempt += 1) {
      const base = draw();
      const cents = sign * (attempt < 20 ? base : base * 1000n + BigInt(attempt));
      if (!this.usedUnique.has(cents)) {
        this.usedUnique.add(cents);
        return cents;
      }
    }
  }

  /** Records a generated line's amount for the balance steering of sign(). */
  note(side: 'bank' | 'ledger', cents: bigint): void {
    if (side === 'bank') this.bankDrift += cents;
    else this.ledgerDrift += cents;
  }

  /** True once per month: the quarterly interest line (结息) is posted on the 21st. */
  takeInterest(day: number): boolean {
    if (this.interestPosted || day < 21) return false;
    this.interestPosted = true;
    return true;
  }

  later(day: number, maxShift: number): number {
    return Math.min(this.daysInMonth, day + this.prng.int(0, maxShift));
  }
}

function describe(ctx: ScenarioContext, cents: bigint): string {
  if (ctx.prng.chance(20)) return ctx.prng.pick(QUOTED_DESCRIPTIONS);
  return ctx.prng.pick(cents < 0n ? PAYMENT_DESCRIPTIONS : RECEIPT_DESCRIPTIONS);
}

/** How the books write a reference the bank has: mostly the same, sometimes case, width or spaces differ. */
function ledgerSpelling(ctx: ScenarioContext, ref: string): string {
  const r = ctx.prng.int(0, 999);
  if (r < 50) return ref.toLowerCase();
  if (r < 70) return [...ref].map((c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).join('');
  if (r < 80) return ` ${ref} `;
  return ref;
}

/** Splits a positive total into `parts` positive cents that add up exactly (the last takes the remainder). */
function splitCents(ctx: ScenarioContext, total: bigint, parts: number): bigint[] {
  const out: bigint[] = [];
  let left = total;
  for (let i = parts - 1; i > 0; i -= 1) {
    const maxPart = left - BigInt(i) * 100n;
    const share = (maxPart * BigInt(ctx.prng.int(200, 800))) / 1000n;
    const part = share < 100n ? 100n : share;
    out.push(part);
    left -= part;
  }
  out.push(left);
  return out;
}

const one = (day: number, cents: bigint, reference: string, counterparty: string, description: string): Draft => ({
  day,
  cents,
  reference,
  counterparty,
  description,
});

/** Builds one scenario's drafts for the given day. */
export function scenario(kind: ScenarioKind, ctx: ScenarioContext, day: number): Unit {
  const p = ctx.prng;
  const last = ctx.daysInMonth;
  switch (kind) {
    case 'reference':
    case 'duplicate': {
      // A booked-twice line leaves its reference non-unique, so its pair is found by amount and
      // date: its amount is kept unique like the other amount+date lines.
      const cents = kind === 'duplicate' ? ctx.uniqueAmount(ctx.sign()) : ctx.sign() * ctx.magnitude();
      const ref = ctx.reference('TX');
      const cp = p.pick(COMPANIES);
      const desc = describe(ctx, cents);
      const bank = one(day, cents, ref, cp, desc);
      const ledger = one(ctx.later(day, 1), cents, ledgerSpelling(ctx, ref), cp, desc);
      if (kind === 'reference') return { bank: [bank], ledger: [ledger] };
      return p.chance(700) ? { bank: [bank], ledger: [ledger, { ...ledger }] } : { bank: [bank, { ...bank }], ledger: [ledger] };
    }
    case 'amountDate': {
      const cents = ctx.uniqueAmount(ctx.sign());
      const cp = p.pick(COMPANIES);
      const desc = describe(ctx, cents);
      const other = one(ctx.later(day, 3), cents, '', p.chance(100) ? '' : cp, desc);
      const bankFirst = p.chance(500);
      const withRef = one(day, cents, ctx.reference(bankFirst ? 'BK' : 'INV'), cp, desc);
      return bankFirst ? { bank: [withRef], ledger: [other] } : { bank: [other], ledger: [withRef] };
    }
    case 'batch': {
      const ref = ctx.reference('PAYROLL');
      const parts = Array.from({ length: p.int(2, MAX_LINES_PER_UNIT) }, () => BigInt(p.int(300_000, 3_000_000)));
      const total = parts.reduce((a, b) => a + b, 0n);
      const ledger = parts.map((c) => one(day, -c, ref, personName((lo, hi) => p.int(lo, hi)), '代发工资'));
      return { bank: [one(day, -total, ref, '', '批量代发工资')], ledger };
    }
    case 'split': {
      const ref = ctx.reference('RCV');
      const cp = p.pick(COMPANIES);
      const total = ctx.magnitude() + 10_000n;
      const bank = splitCents(ctx, total, p.int(2, 4)).map((c) => one(ctx.later(day, 2), c, ref, cp, '分笔收款'));
      return { bank, ledger: [one(day, total, ref, cp, '收到货款')] };
    }
    case 'fee': {
      const cents = ctx.sign() * ctx.magnitude();
      const fee = BigInt(p.int(50, 5_000));
      const ref = ctx.reference('TX');
      const cp = p.pick(COMPANIES);
      const desc = describe(ctx, cents);
      return { bank: [one(day, cents - fee, ref, cp, `${desc} 含手续费`)], ledger: [one(day, cents, ref, cp, desc)] };
    }
    case 'inTransit': {
      const late = p.int(Math.max(day, last - 2), last);
      // Written at month end but drawn all month long: an unsteered sign and amounts under
      // 100,000 yuan keep the month-end jump in the journal's balance modest.
      const cents = ctx.uniqueAmount(p.chance(500) ? 1n : -1n, () => ctx.magnitude(2));
      const cheque = cents < 0n && p.chance(700);
      const desc = cheque ? '开出转账支票 未兑付' : cents > 0n ? '存入支票 银行未入账' : '网银付款 次日到账';
      return { bank: [], ledger: [one(late, cents, cheque ? ctx.reference('CHQ') : '', p.pick(COMPANIES), desc)] };
    }
    case 'bankOnly': {
      if (ctx.takeInterest(day)) {
        return { bank: [one(day, ctx.uniqueAmount(1n), '', '', '活期存款利息 结息')], ledger: [] };
      }
      const sign = ctx.sign('bank');
      if (sign < 0n && p.chance(300)) {
        const cents = ctx.uniqueAmount(-1n, () => BigInt(p.int(50, 99_999)));
        return { bank: [one(day, cents, '', '', '跨行汇款手续费')], ledger: [] };
      }
      if (sign > 0n) return { bank: [one(day, ctx.uniqueAmount(1n), '', p.pick(COMPANIES), '他行来账')], ledger: [] };
      return { bank: [one(day, ctx.uniqueAmount(-1n), '', p.pick(COMPANIES.slice(-6)), '代扣费用')], ledger: [] };
    }
  }
}
