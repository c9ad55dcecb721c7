/**
 * A small seeded pseudo-random generator for the benchmark's synthetic statements.
 * Math.random is never used: the same seed must give the same files, byte for byte, on every
 * machine. Every helper returns integers; probabilities are written in per-mille so no
 * floating-point value decides what goes into a file.
 */

/** Draws integers from a seeded mulberry32 stream (32-bit state, period 2^32: ample for 10^7 draws). */
export class Prng {
  private state: number;

  constructor(seed: number) {
    if (!Number.isSafeInteger(seed)) throw new Error(`seed must be an integer, got ${seed}`);
    this.state = seed >>> 0;
  }

  /** Next unsigned 32-bit integer. */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  }

  /** Integer in [lo, hi], both inclusive; the span must fit in 32 bits (modulo bias is immaterial here). */
  int(lo: number, hi: number): number {
    const span = hi - lo + 1;
    if (!Number.isSafeInteger(lo) || !Number.isSafeInteger(hi) || span < 1 || span > 0x1_0000_0000) {
      throw new Error(`bad range [${lo}, ${hi}]`);
    }
    return lo + (this.next() % span);
  }

  /** True with probability perMille / 1000. */
  chance(perMille: number): boolean {
    return this.next() % 1000 < perMille;
  }

  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T {
    const item = items[this.int(0, items.length - 1)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }

  /** Index chosen by integer weights (e.g. per-mille shares of scenario kinds). */
  weighted(weights: readonly number[]): number {
    const total = weights.reduce((a, b) => a + b, 0);
    let r = this.int(0, total - 1);
    for (let i = 0; i < weights.length; i += 1) {
      const w = weights[i] ?? 0;
      if (r < w) return i;
      r -= w;
    }
    return weights.length - 1;
  }
}
