// axe-core in a page: the serious and critical violations, one line each.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';

type AxeResult = { violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[] };
type AxeWindow = { axe: { run: (context: Document, options: object) => Promise<AxeResult> } };

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

// Firefox ESR 153's content process crashes while these two rules run on the
// article page (Playwright then reports "Execution context was destroyed"),
// found rule by rule; every other rule runs there. Chromium runs them all. See TESTING.md.
const FIREFOX_CRASHES = ['hidden-content', 'landmark-unique'];

export async function seriousViolations(page: Page): Promise<string[]> {
  // Evaluated through the browser's protocol, so the page's CSP (script-src 'self') does not apply.
  await page.evaluate(AXE);
  const skipped = page.context().browser()?.browserType().name() === 'firefox' ? FIREFOX_CRASHES : [];
  const rules = Object.fromEntries(skipped.map((rule) => [rule, { enabled: false }]));
  const { violations } = await page.evaluate(
    (rules) => (window as unknown as AxeWindow).axe.run(document, { resultTypes: ['violations'], rules }),
    rules,
  );
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}
