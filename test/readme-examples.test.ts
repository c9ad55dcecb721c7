/**
 * The README's examples cannot drift: every block marked `<!-- example: recon ARGS -->` is run,
 * in README order, on one fresh demo store with the clock pinned (RECON_NOW, TZ=UTC, zh-CN), and
 * must print exactly what the block shows. Only the temp data folder is normalised, to
 * `<project>/data`. Arguments are split on spaces (the examples quote nothing).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');
const RECON = join(ROOT, 'bot/bin/recon.mjs');
const dir = mkdtempSync(join(tmpdir(), 'recon-readme-'));
const dataDir = join(dir, 'data');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Example {
  args: string[];
  expected: string;
}

/** The marked blocks of README.md, in order. */
function readmeExamples(text: string): Example[] {
  const marked = /<!-- example: recon ([^\n]*?) -->\n```[a-z]*\n([\s\S]*?)```/g;
  return [...text.matchAll(marked)].map((m) => ({ args: m[1]!.trim().split(/\s+/), expected: m[2]! }));
}

function recon(args: readonly string[]): { status: number | null; stdout: string; stderr: string } {
  const env = { ...process.env };
  for (const k of Object.keys(env)) if (/^(RECON_|FAQ_|DATABASE_URL$|LANG$|LC_)/.test(k)) delete env[k];
  const r = spawnSync(process.execPath, [RECON, ...args], {
    cwd: dir,
    env: { ...env, RECON_DATA_DIR: dataDir, RECON_NOW: '2026-11-26T22:58:00Z', TZ: 'UTC', RECON_LANG: 'zh-CN' },
    encoding: 'utf8',
    timeout: 90_000,
  });
  return { status: r.status, stdout: r.stdout.split(dataDir).join('<project>/data'), stderr: r.stderr };
}

const examples = readmeExamples(readFileSync(join(ROOT, 'README.md'), 'utf8'));

describe('README examples', () => {
  it('marks a walk through the demo, starting with recon demo', () => {
    expect(examples.length).toBeGreaterThanOrEqual(5);
    expect(examples[0]!.args).toEqual(['demo']);
  });

  it('every marked example prints what the README shows, in order, on a fresh demo store', () => {
    for (const example of examples) {
      const r = recon(example.args);
      expect({ command: `recon ${example.args.join(' ')}`, status: r.status, stderr: r.stderr, stdout: r.stdout }).toEqual({
        command: `recon ${example.args.join(' ')}`,
        status: 0,
        stderr: '',
        stdout: example.expected,
      });
    }
  }, 360_000);
});
