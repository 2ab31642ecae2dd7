// axe-core in a page: the serious and critical violations, one line each.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';

type AxeResult = { violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[] };
type AxeWindow = { axe: { run: (context: Document, options: object) => Promise<AxeResult> } };

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** `skipRules`: axe rules left out, each with its reason at the call site. */
export async function seriousViolations(page: Page, skipRules: readonly string[] = []): Promise<string[]> {
  // Evaluated through the browser's protocol, so the page's CSP (script-src 'self') does not apply.
  await page.evaluate(AXE);
  const rules = Object.fromEntries(skipRules.map((rule) => [rule, { enabled: false }]));
  const { violations } = await page.evaluate(
    (rules) => (window as unknown as AxeWindow).axe.run(document, { resultTypes: ['violations'], rules }),
    rules,
  );
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}
