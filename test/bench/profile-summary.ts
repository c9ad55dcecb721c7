/**
 * Summarises a V8 .cpuprofile (from `node --cpu-prof`): the functions with the most self time and
 * the most inclusive time, with file, line and share of all samples.
 *
 *   npx tsx test/bench/profile-summary.ts FILE.cpuprofile [--top 25]
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { z } from 'zod';

const ProfileSchema = z.object({
  nodes: z.array(
    z.object({
      id: z.number(),
      callFrame: z.object({ functionName: z.string(), url: z.string(), lineNumber: z.number() }),
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

function shortUrl(url: string): string {
  const i = url.indexOf('/work/main/');
  const path = i >= 0 ? url.slice(i + '/work/main/'.length) : url.replace(/^file:\/\//, '');
  return path.replace(/\?.*$/, '');
}

/** Self and inclusive sample counts per function (a recursive function is counted once per stack). */
export function summarise(raw: unknown): { rows: Row[]; samples: number } {
  const profile = ProfileSchema.parse(raw);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const keyOf = (id: number) => {
    const f = byId.get(id)?.callFrame;
    return f ? `${f.functionName || '(anonymous)'}  ${shortUrl(f.url)}:${f.lineNumber + 1}` : '?';
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
  for (const file of positionals) {
    const { rows, samples } = summarise(JSON.parse(await readFile(file, 'utf8')));
    const pct = (n: number) => `${((100 * n) / samples).toFixed(1).padStart(5)}%`;
    process.stdout.write(`\n${file}: ${samples} samples\n-- self --\n`);
    for (const r of [...rows].sort((a, b) => b.self - a.self || a.key.localeCompare(b.key)).slice(0, top)) process.stdout.write(`${pct(r.self)}  ${r.key}\n`);
    process.stdout.write('-- inclusive --\n');
    for (const r of [...rows].sort((a, b) => b.total - a.total || a.key.localeCompare(b.key)).slice(0, top)) process.stdout.write(`${pct(r.total)}  ${r.key}\n`);
  }
}

await main();
