// The counts TESTING.md states for the builder's hostile-input
// tests, in one place: the property tests take their run counts and seeds
// from here, the case lists check their length against it, and
// test/unit/builder-counts.test.ts checks that the document says the same.
export const FUZZ = {
  settings: { numRuns: 200, seed: 20_240_605 },
  smallSites: { numRuns: 300, seed: 20_240_601 },
  pagedSites: { numRuns: 25, seed: 20_240_602 },
  rebuilds: { numRuns: 100, seed: 20_240_603 },
  htmlStrip: { numRuns: 1000, seed: 20_240_604 },
  convert: { numRuns: 3000, seed: 20_240_611 },
  render: { numRuns: 1000, seed: 20_240_612 },
  command: { numRuns: 10, seed: 20_240_621 },
} as const;

export const CASES = {
  killPoints: 12,
  killSitePosts: 400,
  fileNames: 26,
  largeSitePosts: 10_000,
} as const;
