// The import zones of eslint.config.js hold: each fixture is linted with the
// project's configuration as if it were the file named here.
import { readFileSync } from 'node:fs';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function ruleIds(fixture: string, filePath: string): Promise<string[]> {
  const code = readFileSync(`test/fixtures/lint/${fixture}.txt`, 'utf8');
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message);
}

describe('the lint configuration', () => {
  it.each([
    ['lib-imports-feature', 'src/lib/zone-fixture.ts', 'import-x/no-restricted-paths'],
    ['feature-imports-feature', 'src/list/zone-fixture.ts', 'import-x/no-restricted-paths'],
    ['app-imports-builder', 'src/app/zone-fixture.ts', 'import-x/no-restricted-paths'],
    ['builder-imports-ui', 'src/builder/zone-fixture.ts', 'import-x/no-restricted-paths'],
    ['pure-imports-react', 'src/feed/zone-fixture.ts', 'no-restricted-imports'],
    ['hook-outside-use-file', 'src/ui/thing.ts', 'no-restricted-syntax'],
    ['lib-imports-lib', 'src/lib/zoneFixture.ts', 'check-file/filename-naming-convention'],
  ])('rejects %s (as %s)', async (fixture, filePath, rule) => {
    expect(await ruleIds(fixture, filePath)).toEqual([rule]);
  }, 60_000);

  it.each([
    ['lib-imports-lib', 'src/lib/zone-fixture.ts'],
    ['feature-imports-feed', 'src/list/zone-fixture.ts'],
    ['pure-imports-react', 'src/ui/zone-fixture.ts'],
    ['hook-outside-use-file', 'src/ui/use-thing.ts'],
  ])('accepts %s (as %s)', async (fixture, filePath) => {
    expect(await ruleIds(fixture, filePath)).toEqual([]);
  }, 60_000);
});
