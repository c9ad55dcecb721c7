/**
 * Summarises a V8 .cpuprofile (from `node --cpu-prof`): the functions with the most self time and
 * the most inclusive time, with file, line and share of all samples. tsx runs TypeScript
 * compiled to one line per file, so positions are mapped back to source lines through the source
 * maps tsx keeps in its cache (os.tmpdir()/tsx-<uid>/); without one, the line shows as `:1`.
 *
 *   npx tsx test/bench/profile-summary.ts FILE.cpuprofile [--top 25]
 */
import { readFile, readdir, stat } from 'node:fs/promises';
import { SourceMap, type SourceMapPayload } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { z } from 'zod';

const ProfileSchema = z.object({
  nodes: z.array(
    z.object({
      id: z.number(),
      callFrame: z.object({ functionName: z.string(), url: z.string(), lineNumber: z.number(), columnNumber: z.number() }),
      children: z.array(z.number()).optional(),
    }),
  ),
  samples: z.array(z.number()),
});

interface Row {
  readonly key: string;
  self: number;
  total: number;
}

/** Path relative to the repository (or to a benchmarked snapshot of it). */
function shortUrl(url: string): string {
  const path = url.replace(/^file:\/\//, '').replace(/\?.*$/, '');
  const snap = /\/recon-bench-src\/[0-9a-f]{40}\/(.*)$/.exec(path);
  if (snap?.[1]) return snap[1];
  const root = fileURLToPath(new URL('../../', import.meta.url));
  return path.startsWith(root) ? path.slice(root.length) : path;
}

const CacheEntry = z.object({ map: z.object({ version: z.number(), sources: z.array(z.string()), mappings: z.string() }).passthrough() });

/** Source maps from tsx's cache, by source path (the newest entry when a file was compiled more than once). */
async function tsxSourceMaps(): Promise<Map<string, SourceMap>> {
  const found = new Map<string, { map: SourceMap; mtime: number }>();
  const uid = process.getuid?.() ?? 0;
  const dir = join(tmpdir(), `tsx-${uid}`);
  const names = await readdir(dir).catch(() => [] as string[]);
  for (const name of names) {
    const file = join(dir, name);
    const info = await stat(file).catch(() => null);
    if (!info?.isFile()) continue;
    const parsed = CacheEntry.safeParse(JSON.parse(await readFile(file, 'utf8').catch(() => 'null')));
    const source = parsed.success ? parsed.data.map.sources[0] : undefined;
    if (!parsed.success || source === undefined) continue;
    const old = found.get(source);
    if (old && old.mtime >= info.mtimeMs) continue;
    // The cache entry is a standard v3 source map; SourceMap reads its documented fields.
    const payload: SourceMapPayload = { file: source, sourceRoot: '', names: [], sourcesContent: [], ...parsed.data.map };
    found.set(source, { map: new SourceMap(payload), mtime: info.mtimeMs });
  }
  return new Map([...found].map(([k, v]) => [k, v.map]));
}

function sourceLine(maps: Map<string, SourceMap>, url: string, line: number, column: number): number {
  if (!url.startsWith('file://')) return line + 1;
  const map = maps.get(fileURLToPath(url.replace(/\?.*$/, '')));
  const entry = map?.findEntry(line, column);
  return entry && 'originalLine' in entry ? entry.originalLine + 1 : line + 1;
}

/** Self and inclusive sample counts per function (a recursive function is counted once per stack). */
export function summarise(raw: unknown, maps: Map<string, SourceMap> = new Map()): { rows: Row[]; samples: number } {
  const profile = ProfileSchema.parse(raw);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const keyOf = (id: number) => {
    const f = byId.get(id)?.callFrame;
    return f ? `${f.functionName || '(anonymous)'}  ${shortUrl(f.url)}:${sourceLine(maps, f.url, f.lineNumber, f.columnNumber)}` : '?';
  };
  const rows = new Map<string, Row>();
  const row = (key: string) => {
    let r = rows.get(key);
    if (!r) rows.set(key, (r = { key, self: 0, total: 0 }));
    return r;
  };
  for (const id of profile.samples) {
    row(keyOf(id)).self += 1;
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const k = keyOf(at);
      if (!seen.has(k)) {
        seen.add(k);
        row(k).total += 1;
      }
    }
  }
  return { rows: [...rows.values()], samples: profile.samples.length };
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { top: { type: 'string', default: '25' } } });
  const top = Number(values.top);
  const maps = await tsxSourceMaps();
  for (const file of positionals) {
    const { rows, samples } = summarise(JSON.parse(await readFile(file, 'utf8')), maps);
    const pct = (n: number) => `${((100 * n) / samples).toFixed(1).padStart(5)}%`;
    process.stdout.write(`\n${file}: ${samples} samples\n-- self --\n`);
    for (const r of [...rows].sort((a, b) => b.self - a.self || a.key.localeCompare(b.key)).slice(0, top)) process.stdout.write(`${pct(r.self)}  ${r.key}\n`);
    process.stdout.write('-- inclusive --\n');
    for (const r of [...rows].sort((a, b) => b.total - a.total || a.key.localeCompare(b.key)).slice(0, top)) process.stdout.write(`${pct(r.total)}  ${r.key}\n`);
  }
}

await main();
