/**
 * Turns of one conversation never interleave inside this process: each key (a conversation) has
 * a promise chain, and a turn starts when the previous one for that key has finished. Across
 * instances, PostgreSQL's eTag check on conversation state is the guard: a turn that read stale
 * state fails its save instead of overwriting the other instance's result.
 */
export class KeyedQueue {
  private readonly tails = new Map<string, Promise<unknown>>();

  /** Runs `fn` after every earlier `fn` of the same key has settled; returns its result. */
  run<T>(key: string, fn: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const next = previous.then(fn, fn);
    const tail = next.catch(() => undefined);
    this.tails.set(key, tail);
    // Forget the key once nothing is queued behind this turn, so the map does not grow forever.
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return next;
  }

  /** Keys with a turn running or queued (for tests and metrics). */
  get size(): number {
    return this.tails.size;
  }
}
