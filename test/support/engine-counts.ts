// A Playwright reporter that ends the run with the counts per engine
// (project), next to the list reporter's per-test lines.
import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';

type Counts = { passed: number; failed: number; flaky: number; skipped: number; ms: number };

export default class EngineCounts implements Reporter {
  private readonly engines = new Map<string, Counts>();
  private readonly started = new Map<string, number>();

  onTestBegin(test: TestCase): void {
    const engine = test.parent.project()?.name ?? '?';
    if (!this.started.has(engine)) this.started.set(engine, Date.now());
  }

  onTestEnd(test: TestCase, result: TestResult): void {
    const engine = test.parent.project()?.name ?? '?';
    const counts = this.engines.get(engine) ?? { passed: 0, failed: 0, flaky: 0, skipped: 0, ms: 0 };
    this.engines.set(engine, counts);
    counts.ms += result.duration;
    // Count each test once, at its last attempt.
    if (result.status !== 'skipped' && result.status !== 'passed' && result.retry < test.retries) return;
    const outcome = test.outcome();
    if (outcome === 'expected') counts.passed++;
    else if (outcome === 'flaky') counts.flaky++;
    else if (outcome === 'skipped') counts.skipped++;
    else counts.failed++;
  }

  onEnd(result: FullResult): void {
    console.log(`\nEnd-to-end tests per engine (${result.status}):`);
    for (const [engine, c] of this.engines) {
      const seconds = Math.round(c.ms / 1000);
      console.log(`  ${engine.padEnd(9)} ${c.passed} passed, ${c.failed} failed, ${c.flaky} flaky, ${c.skipped} skipped (${seconds} s of test time)`);
    }
  }

  printsToStdio(): boolean {
    return false;
  }
}
