/**
 * One process at a time in an embedded store's folder. PGlite runs PostgreSQL inside the process
 * and takes no lock of its own: a second process (the bot, and `recon import` in another terminal)
 * would open the same files as a second, independent database, and the two would overwrite each
 * other's pages. So whoever opens the folder first writes `recon.lock` (its pid, host and start)
 * with an exclusive create, and everybody else is refused until it closes the store or dies.
 *
 * A lock whose process is gone (kill -9, a power cut) is taken over by the next opener, under a
 * second exclusive file (`recon.lock.takeover`) so that two openers cannot both take over the
 * same dead lock. A lock written on another host cannot be checked and is never taken over.
 */
import { readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { EngineError } from '../errors.ts';

const LOCK_FILE = 'recon.lock';
const Owner = z.object({ pid: z.number().int().positive(), host: z.string(), since: z.string() });
type Owner = z.infer<typeof Owner>;

/** Folders this process holds: its own pid in a lock it does not hold is a previous life of that pid. */
const held = new Set<string>();

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: the process exists but belongs to somebody else.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Creates `path` with `content` unless it exists; false when it does. */
function createOnly(path: string, content: string): boolean {
  try {
    writeFileSync(path, content, { flag: 'wx' });
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw err;
  }
}

/** The lock's text and owner; null when the file is gone, an unreadable owner when it is not ours to read. */
function readOwner(path: string): { text: string; owner: Owner | null } | null {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
  try {
    const parsed = Owner.safeParse(JSON.parse(text));
    return { text, owner: parsed.success ? parsed.data : null };
  } catch {
    return { text, owner: null };
  }
}

/** True when the lock's owner is certainly gone: same host, and its pid is dead or is this process's own from before. */
function dead(owner: Owner | null, path: string): boolean {
  if (owner === null || owner.host !== hostname()) return false;
  if (owner.pid === process.pid) return !held.has(path);
  return !alive(owner.pid);
}

/** Waits `ms` milliseconds without leaving the call (a store is opened once, at start). */
function pause(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function removeIf(path: string, text: string): void {
  const now = readOwner(path);
  if (now !== null && now.text === text) unlinkSync(path);
}

function inUse(dir: string, owner: Owner | null): EngineError {
  return new EngineError('STORE.DATA_DIR_IN_USE',
    `the embedded store in ${dir} is open in another process (${owner ? `pid ${owner.pid} on ${owner.host} since ${owner.since}` : 'unknown owner'})`,
    { dir, pid: owner?.pid ?? '?', host: owner?.host ?? '?', since: owner?.since ?? '?' });
}

/**
 * Takes the folder `dir` (which exists) for this process; returns the release. Refused with
 * STORE.DATA_DIR_IN_USE while another live process holds it (or this one already does).
 */
export function lockDataDir(dir: string): () => void {
  const path = join(dir, LOCK_FILE);
  const guard = `${path}.takeover`;
  const mine = JSON.stringify({ pid: process.pid, host: hostname(), since: new Date().toISOString() } satisfies Owner);
  for (let attempt = 0; attempt < 20; attempt++) {
    if (createOnly(path, mine)) {
      held.add(path);
      const release = (): void => {
        process.removeListener('exit', release);
        if (!held.delete(path)) return;
        try {
          removeIf(path, mine);
        } catch {
          // The folder went away or became unreadable: there is nothing left to release.
        }
      };
      process.on('exit', release);
      return release;
    }
    const current = readOwner(path);
    if (current === null) continue;
    if (!dead(current.owner, path)) throw inUse(dir, current.owner);
    // The owner is gone. Take its lock over under the guard, so that of two processes that both
    // found it dead only one removes it (the other finds the guard, or the new owner's lock).
    if (createOnly(guard, mine)) {
      try {
        removeIf(path, current.text);
      } finally {
        unlinkSync(guard);
      }
    } else {
      const g = readOwner(guard);
      // A guard left by a process that died in those few instructions would block every opener.
      if (g !== null && dead(g.owner, guard)) removeIf(guard, g.text);
      else pause(10);
    }
  }
  throw inUse(dir, readOwner(path)?.owner ?? null);
}
