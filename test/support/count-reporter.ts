/**
 * Prints one closing line after vitest's own summary, the plain form CI reads:
 *   `N passed, N failed[, N skipped (N: reason; ...)]`
 * - passed: tests that ran and passed;
 * - failed: tests that failed, tests that did not run for no declared reason (a throwing
 *   beforeAll, `it.skip`, `it.todo`, a leftover `.only`), and one per suite or file whose own error is not
 *   already a test's (a failing afterAll, a file that fails to import), and one per error vitest
 *   caught outside any test;
 * - skipped: only tests whose suite declared a requirement that is missing on this machine
 *   (test/support/requires.ts), counted by that reason. Tests left out by a name filter (-t)
 *   are not counted at all.
 * When it counts a failure it makes the exit status non-zero, and when vitest ends as failed for a
 * reason it cannot see, the line still says `1 failed`: the line and the exit status agree.
 */
import type { Reporter, TestCase, TestModule, TestRunEndReason, TestSuite, Vitest } from 'vitest/node';
import type { SerializedError } from 'vitest';

export interface Counts {
  passed: number;
  failed: number;
  /** Skipped tests by the missing requirement's reason. */
  skipped: Map<string, number>;
  /** What failed outside a test's own body, one line each (file > suite: reason). */
  notes: string[];
}

function firstLine(errors: ReadonlyArray<{ message?: string }>): string {
  return (errors[0]?.message ?? 'error').split('\n')[0]!.slice(0, 200);
}

type Verdict = 'passed' | 'failed' | 'filtered' | { skipped: string };

/**
 * A test's verdict. Skipped counts only when its suite declared a missing requirement; a test
 * that was to run and did not (its beforeAll threw) failed, and so did one marked skip or todo,
 * unless the run was filtered by name (-t), which marks every other test skip.
 */
function verdict(test: TestCase, filtered: boolean): Verdict {
  const state = test.result().state;
  if (state === 'passed') return 'passed';
  const missing = test.meta().missing;
  const mode = test.options.mode;
  if (state === 'skipped' && mode === 'skip' && missing !== undefined) return { skipped: missing };
  if (state === 'skipped' && mode === 'skip' && filtered) return 'filtered';
  return 'failed';
}

/** Counts the run the way the closing line reports it. */
export function countRun(modules: ReadonlyArray<TestModule>, unhandled: ReadonlyArray<SerializedError>, reason: TestRunEndReason, filtered = false): Counts {
  const counts: Counts = { passed: 0, failed: 0, skipped: new Map(), notes: [] };
  for (const mod of modules) {
    const failedTests = new Set<string>();
    for (const test of mod.children.allTests()) {
      const v = verdict(test, filtered);
      if (v === 'filtered') continue;
      if (v === 'passed') counts.passed += 1;
      else if (v === 'failed') {
        counts.failed += 1;
        failedTests.add(test.id);
      } else counts.skipped.set(v.skipped, (counts.skipped.get(v.skipped) ?? 0) + 1);
    }
    // An error of a suite or file itself (a hook, the import) that no failed test stands for.
    const own = (where: string, node: TestModule | TestSuite): void => {
      const errors = node.errors();
      if (errors.length === 0 || [...node.children.allTests()].some((t) => failedTests.has(t.id))) return;
      counts.failed += 1;
      counts.notes.push(`${where}: ${firstLine(errors)}`);
    };
    for (const suite of mod.children.allSuites()) own(`${mod.relativeModuleId} > ${suite.fullName}`, suite);
    own(mod.relativeModuleId, mod);
  }
  for (const err of unhandled) {
    counts.failed += 1;
    counts.notes.push(`outside any test: ${firstLine([err])}`);
  }
  if (reason !== 'passed' && counts.failed === 0) {
    counts.failed = 1;
    counts.notes.push(`vitest ended the run as ${reason}`);
  }
  return counts;
}

/** The closing line. */
export function closingLine(c: Counts): string {
  const skipped = [...c.skipped.values()].reduce((a, b) => a + b, 0);
  const why = [...c.skipped].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([reason, n]) => `${n}: ${reason}`).join('; ');
  return `${c.passed} passed, ${c.failed} failed${skipped > 0 ? `, ${skipped} skipped (${why})` : ''}`;
}

export default class CountReporter implements Reporter {
  private filtered = false;

  onInit(vitest: Vitest): void {
    this.filtered = vitest.config.testNamePattern !== undefined;
  }

  onTestRunEnd(modules: ReadonlyArray<TestModule>, unhandled: ReadonlyArray<SerializedError>, reason: TestRunEndReason): void {
    const counts = countRun(modules, unhandled, reason, this.filtered);
    if (counts.failed > 0) process.exitCode = 1;
    const notes = counts.notes.map((n) => `failed: ${n}\n`).join('');
    process.stdout.write(`\n${notes}${closingLine(counts)}\n`);
  }
}
