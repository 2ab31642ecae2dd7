// TESTING.md states how many hostile payloads and faults the app's tests try;
// this keeps those figures equal to what the tests actually run.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const doc = read('TESTING.md');
const vectors = (name: string) => (JSON.parse(read(`test/fixtures/xss/${name}`)) as unknown[]).length;
const topLevelTests = (path: string) => read(path).split('\n').filter((line) => line.startsWith('test(')).length;

describe('TESTING.md, the app part', () => {
  const dompurify = vectors('dompurify-vectors.json');
  const own = vectors('ruwei-vectors.json');

  it('states the number of hostile article payloads of each source and in all', () => {
    expect(doc).toContain(`| DOMPurify's own test vectors | ${dompurify} |`);
    expect(doc).toContain(`| ruwei's own cases | ${own} |`);
    expect(doc).toContain(`| **in all, tried and passed** | **${dompurify + own + 1}** |`);
    expect(read('test/e2e/xss.spec.ts')).toContain("payload: `${'<div>'.repeat(10_000)}");
  });

  it('states how many jsdom cases run the DOMPurify vectors', () => {
    expect(doc).toContain(`(\`src/article/pipeline/sanitize.test.ts\`, ${dompurify * 2}\ncases)`);
  });

  it('states the number of fault and CSP tests end to end', () => {
    expect(doc).toContain(`(\`test/e2e/faults.spec.ts\`, ${topLevelTests('test/e2e/faults.spec.ts')} tests)`);
    expect(doc).toContain(`(\`test/e2e/csp.spec.ts\`, ${topLevelTests('test/e2e/csp.spec.ts')} tests)`);
  });
});
