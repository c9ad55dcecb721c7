/**
 * Where the project lives on disk, whatever the current folder: the nearest folder above this
 * file that holds package.json (the sources run through tsx and the compiled build in .build/
 * both find the same one). The embedded store's default folder is under it, so `npm start` and
 * `recon`, run from anywhere, open the same store.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export function projectRoot(from: string = dirname(fileURLToPath(import.meta.url))): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) return from;
  }
}

/** The embedded store's folder when RECON_DATA_DIR is not set: data/ in the project root. */
export const DEFAULT_DATA_DIR = join(projectRoot(), 'data');

/** A relative RECON_DATA_DIR (`./data` in an .env) is taken from the project root too. */
export const dataDirFromRoot = (dir: string): string => resolve(projectRoot(), dir);
