// Sizes of the built app (README, "Tests and benchmarks"), read from dist/assets:
//   bundle.css_gz_kb   every stylesheet the app has (shell and lazy chunks), gzip -9
// The JavaScript budgets are measured as a browser loads them (list.ts, article.ts).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { budgetResult, type BenchResult } from './result';

const ASSETS = path.resolve(import.meta.dirname, '../dist/assets');
const CSS_BUDGET_KB = 12;

export async function benchBundle(): Promise<BenchResult[]> {
  if (!existsSync(ASSETS)) throw new Error('bench: dist/ has no build; run `npm run build` first');
  const css = readdirSync(ASSETS).filter((name) => name.endsWith('.css'));
  const kb = css.reduce((sum, name) => sum + gzipSync(readFileSync(path.join(ASSETS, name)), { level: 9 }).length, 0) / 1024;
  return [budgetResult('bundle.css_gz_kb', kb, 'KB', CSS_BUDGET_KB)];
}
