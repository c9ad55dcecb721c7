/**
 * Where the memory of `recon reconcile` goes, phase by phase: reads the two files, reconciles
 * them and writes the JSON report the way the command does, and after each phase prints the
 * heap in use, then (with `--expose-gc`) the heap still live after a full collection, the
 * external memory, the RSS and the peak RSS so far. With `--alloc PHASE` (parse | reconcile)
 * it also prints the functions that allocated the most during that phase, garbage included
 * (V8's sampling heap profiler with collected objects kept in the samples).
 *
 *   node --expose-gc --import tsx test/bench/memory-phases.ts BANK.csv LEDGER.csv [--alloc reconcile]
 */
import { closeSync, openSync, unlinkSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { openInput } from '../../engine/cli/input.ts';
import { writeChunksSync } from '../../engine/cli/write.ts';
import { parseStatements } from '../../engine/parse/index.ts';
import { reconcile } from '../../engine/reconcile.ts';
import { reconciliationJsonChunks } from '../../engine/report/serialise.ts';
import { renderTextReport } from '../../engine/report/text.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { alloc: { type: 'string' } } });
const [bankFile, ledgerFile] = positionals;
if (bankFile === undefined || ledgerFile === undefined || (values.alloc !== undefined && !['parse', 'reconcile'].includes(values.alloc))) {
  throw new Error('usage: node --expose-gc --import tsx test/bench/memory-phases.ts BANK.csv LEDGER.csv [--alloc parse|reconcile]');
}

const mb = (bytes: number): string => `${Math.round(bytes / 2 ** 20)} MB`;
const collect = (globalThis as { gc?: () => void }).gc;

function report(phase: string): void {
  const m = process.memoryUsage();
  let line = `${phase.padEnd(10)} heap used ${mb(m.heapUsed)}`;
  if (collect) {
    collect();
    const after = process.memoryUsage();
    line += `, live ${mb(after.heapUsed)}, external ${mb(after.external)} (ArrayBuffers ${mb(after.arrayBuffers)})`;
  }
  line += `, RSS ${mb(m.rss)}, peak RSS so far ${mb(process.resourceUsage().maxRSS * 1024)}`;
  process.stdout.write(`${line}\n`);
}

interface SampleNode {
  readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number };
  readonly selfSize: number;
  readonly children: readonly SampleNode[];
}

/** Bytes allocated per function (its own allocations), largest first. */
function topAllocators(head: SampleNode, top: number): string[] {
  const bytes = new Map<string, number>();
  const walk = (n: SampleNode): void => {
    const f = n.callFrame;
    const name = `${f.functionName || '(anonymous)'} ${f.url.replace(/^.*\/(engine|node_modules)\//, '$1/')}:${f.lineNumber + 1}`;
    if (n.selfSize > 0) bytes.set(name, (bytes.get(name) ?? 0) + n.selfSize);
    for (const c of n.children) walk(c);
  };
  walk(head);
  return [...bytes]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([name, b]) => `  ${mb(b).padStart(7)}  ${name}`);
}

const session = new Session();
session.connect();
const startSampling = () =>
  session.post('HeapProfiler.startSampling', { samplingInterval: 32_768, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
const stopSampling = async (phase: string): Promise<void> => {
  const { profile } = await session.post('HeapProfiler.stopSampling');
  process.stdout.write(`allocated during ${phase} (garbage included), by function:\n${topAllocators(profile.head as SampleNode, 20).join('\n')}\n`);
};

report('start');
if (values.alloc === 'parse') await startSampling();
const [bank, ledger] = await Promise.all([
  parseStatements(openInput(bankFile), { fileName: bankFile, format: 'auto', side: 'bank' }),
  parseStatements(openInput(ledgerFile), { fileName: ledgerFile, format: 'auto', side: 'ledger' }),
]);
if (values.alloc === 'parse') await stopSampling('parse');
report('parsed');
if (values.alloc === 'reconcile') await startSampling();
const result = reconcile(bank, ledger, { dateWindowDays: 3, amountTolerance: null, dateBasis: 'booking' });
if (values.alloc === 'reconcile') await stopSampling('reconcile');
report('reconciled');
const out = join(tmpdir(), `recon-memory-phases-${process.pid}.json`);
const fd = openSync(out, 'w');
writeChunksSync(fd, reconciliationJsonChunks(result, true));
closeSync(fd);
unlinkSync(out);
report('json');
renderTextReport(result, 'zh-CN');
report('text');
