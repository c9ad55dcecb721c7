/**
 * Pass 3, `amount_date`: same amount (and currency), dates within the window. Candidates are ranked
 * by a shared reference first (a reference the reference pass could not use because a line repeats
 * it), then by date distance, then by counterparty (same known counterparty beats different or
 * unknown), and the pass walks these ranks from best to worst ("levels"). At each level:
 *
 * - a line whose only candidate at this level has it as ITS only candidate is paired;
 * - lines that are exact repeats (same day, counterparty and reference) form one interchangeable
 *   class, paired in id order: that is the "lower id" rule, and what is left over is a candidate
 *   for the duplicate pass;
 * - a class whose candidates at this level all belong to it alone and fit in it is paired with
 *   all of them (a star: two repeated bank fees against two fee lines in the journal);
 * - otherwise the tie cannot be broken without guessing: every line in the tie is left unmatched
 *   and reported as ambiguous.
 *
 * Work is per amount; within an amount, per day bucket. It never compares lines of different
 * amounts, so the cost is linear in the number of lines plus the (small) number of same-amount
 * lines within the window of each other.
 */
import type { Claims } from './claims.ts';
import { byRank, type Line } from '../lines/line.ts';

/** Star pairing looks at no more than this many candidate classes; beyond it the tie is ambiguous. */
const STAR_LIMIT = 32;

interface Cls {
  readonly day: number;
  readonly cp: string;
  readonly ref: string;
  readonly members: Line[];
  next: number;
  ambiguous: boolean;
  deg: number;
  only: Cls | null;
}

interface SideIndex {
  readonly classes: Cls[];
  readonly byDay: Map<number, Cls[]>;
  readonly byDayCp: Map<string, Cls[]>;
  readonly byDayRef: Map<string, Cls[]>;
}

/** One rank of candidates: shared reference or not, days apart, same counterparty or not. */
interface Level {
  readonly sameRef: boolean;
  readonly d: number;
  readonly sameCp: boolean;
}

/** Ranks from best to worst: a shared (non-unique) reference first, then date distance, then counterparty. */
function levels(windowDays: number): Level[] {
  const out: Level[] = [];
  for (const sameRef of [true, false]) {
    for (let d = 0; d <= windowDays; d++) for (const sameCp of [true, false]) out.push({ sameRef, d, sameCp });
  }
  return out;
}

/** Lines left unpaired because their best candidates tied (the pipeline makes each an `Ambiguity`). */
export interface AmbiguityNote {
  readonly bank: readonly string[];
  readonly ledger: readonly string[];
  /** Days between the lines at the tie (0 = same day). */
  readonly days: number;
  /** One of the tied lines: its amount is the note's. */
  readonly sample: Line;
}

const alive = (c: Cls): boolean => !c.ambiguous && c.next < c.members.length;

function index(lines: readonly Line[]): SideIndex {
  const byKey = new Map<string, Cls>();
  for (const l of [...lines].sort(byRank)) {
    const key = `${l.day}\u0000${l.cp}\u0000${l.ref}`;
    const c = byKey.get(key);
    if (c) c.members.push(l);
    else byKey.set(key, { day: l.day, cp: l.cp, ref: l.ref, members: [l], next: 0, ambiguous: false, deg: 0, only: null });
  }
  return classIndex([...byKey.values()]);
}

/** Day buckets over the given classes (kept in id order of their first member). */
function classIndex(classes: Cls[]): SideIndex {
  const byDay = new Map<number, Cls[]>();
  const byDayCp = new Map<string, Cls[]>();
  const byDayRef = new Map<string, Cls[]>();
  for (const c of classes) {
    push(byDay, c.day, c);
    if (c.cp !== '') push(byDayCp, `${c.day}\u0000${c.cp}`, c);
    if (c.ref !== '') push(byDayRef, `${c.day}\u0000${c.ref}`, c);
  }
  return { classes, byDay, byDayCp, byDayRef };
}

/** Drops finished classes from the buckets once they are most of them, so scans stay short. */
function compact(side: SideIndex, live: Cls[]): SideIndex {
  return live.length * 2 < side.classes.length ? classIndex(live) : side;
}

function push<K>(map: Map<K, Cls[]>, key: K, c: Cls): void {
  const list = map.get(key);
  if (list) list.push(c);
  else map.set(key, [c]);
}

/** Visits the live candidate classes of `c` at a level; stops when `visit` returns false. */
function eachCandidate(c: Cls, other: SideIndex, level: Level, visit: (n: Cls) => boolean): void {
  const { d, sameRef, sameCp } = level;
  if ((sameRef && c.ref === '') || (sameCp && c.cp === '')) return;
  const days = d === 0 ? [c.day] : [c.day - d, c.day + d];
  for (const day of days) {
    const bucket = sameRef ? other.byDayRef.get(`${day}\u0000${c.ref}`) : sameCp ? other.byDayCp.get(`${day}\u0000${c.cp}`) : other.byDay.get(day);
    for (const n of bucket ?? []) {
      const cpAgrees = c.cp !== '' && n.cp === c.cp;
      if (cpAgrees !== sameCp || !alive(n)) continue;
      if (!visit(n)) return;
    }
  }
}

/** Counts candidates up to 2 (all a decision needs) and remembers the only one. */
function degree(c: Cls, other: SideIndex, level: Level): void {
  c.deg = 0;
  c.only = null;
  eachCandidate(c, other, level, (n) => {
    c.deg++;
    c.only = n;
    return c.deg < 2;
  });
}

function pairClasses(b: Cls, l: Cls, claims: Claims): void {
  while (b.next < b.members.length && l.next < l.members.length) {
    claims.pair('amount_date', b.members[b.next++]!, l.members[l.next++]!);
  }
}

/** A star: every candidate of `c` has `c` as its only candidate and together they fit in `c`. */
function starOf(c: Cls, other: SideIndex, level: Level): Cls[] | null {
  const found: Cls[] = [];
  let ok = true;
  let room = c.members.length - c.next;
  eachCandidate(c, other, level, (n) => {
    room -= n.members.length - n.next;
    if (n.deg !== 1 || found.length >= STAR_LIMIT || room < 0) ok = false;
    else found.push(n);
    return ok;
  });
  return ok ? found : null;
}

/** Pairs the lines of one amount; returns the ambiguity notes of the ties it refused to break. */
function matchOneAmount(bank: readonly Line[], ledger: readonly Line[], windowDays: number, claims: Claims): AmbiguityNote[] {
  if (bank.length === 1 && ledger.length === 1) {
    const b = bank[0]!;
    const l = ledger[0]!;
    if (Math.abs(b.day - l.day) <= windowDays) claims.pair('amount_date', b, l);
    return [];
  }
  let B = index(bank);
  let L = index(ledger);
  const notes: AmbiguityNote[] = [];
  for (const level of levels(windowDays)) {
    const liveB = B.classes.filter(alive);
    const liveL = L.classes.filter(alive);
    if (liveB.length === 0 || liveL.length === 0) return notes;
    B = compact(B, liveB);
    L = compact(L, liveL);
    for (const c of liveB) degree(c, L, level);
    for (const c of liveL) degree(c, B, level);
    const stars = new Map<Cls, Cls[]>();
    for (const [mine, other] of [[liveB, L], [liveL, B]] as const) {
      for (const c of mine) {
        if (c.deg < 2) continue;
        const star = starOf(c, other, level);
        if (star) stars.set(c, star);
      }
    }
    const tied: Cls[] = [];
    for (const c of [...liveB, ...liveL]) {
      if (c.deg >= 2 && !stars.has(c)) tied.push(c);
      else if (c.deg === 1 && c.only!.deg >= 2 && !stars.has(c.only!)) tied.push(c);
    }
    for (const c of liveB) {
      if (c.deg === 1 && c.only!.deg === 1) pairClasses(c, c.only!, claims);
    }
    for (const [c, star] of stars) {
      const centreIsBank = c.members[0]!.side === 'bank';
      for (const n of star) pairClasses(centreIsBank ? c : n, centreIsBank ? n : c, claims);
    }
    if (tied.length > 0) notes.push(markTied(tied, level.d));
  }
  return notes;
}

function markTied(tied: readonly Cls[], days: number): AmbiguityNote {
  const bank: Line[] = [];
  const ledger: Line[] = [];
  for (const c of tied) {
    c.ambiguous = true;
    for (const m of c.members.slice(c.next)) {
      m.ambiguous = true;
      (m.side === 'bank' ? bank : ledger).push(m);
    }
  }
  const ids = (lines: Line[]): string[] => lines.sort(byRank).map((m) => m.id);
  return { sample: tied[0]!.members[0]!, bank: ids(bank), ledger: ids(ledger), days };
}

/** Runs the pass over all unclaimed lines; returns the ties it left unmatched. */
export function matchAmountDate(bank: readonly Line[], ledger: readonly Line[], windowDays: number, claims: Claims): AmbiguityNote[] {
  const groups = new Map<number, { bank: Line[]; ledger: Line[] }>();
  // Indexed loops: a for-of over a million lines allocated an iterator result a line here.
  for (let i = 0; i < bank.length; i++) {
    const l = bank[i]!;
    if (l.claimed) continue;
    const g = groups.get(l.minor);
    if (g) g.bank.push(l);
    else groups.set(l.minor, { bank: [l], ledger: [] });
  }
  for (let i = 0; i < ledger.length; i++) {
    const l = ledger[i]!;
    if (l.claimed) continue;
    const g = groups.get(l.minor);
    if (g) g.ledger.push(l);
  }
  const notes: AmbiguityNote[] = [];
  for (const g of groups.values()) {
    if (g.ledger.length === 0) continue;
    notes.push(...matchOneAmount(g.bank, g.ledger, windowDays, claims));
  }
  return notes;
}
