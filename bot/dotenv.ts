/**
 * Loads `.env` from the current folder into process.env with Node's own reader
 * (process.loadEnvFile, Node >= 20.12). Variables already set in the real environment win: Node
 * does not overwrite them. Returns the file's path, or null when there is none.
 */
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';

export function loadDotEnv(dir: string = process.cwd()): string | null {
  const path = resolve(dir, '.env');
  if (!existsSync(path) || !statSync(path).isFile()) return null;
  process.loadEnvFile(path);
  return path;
}
