// Run counts and seeds of the builder's property tests, in one place. The
// tests name their run counts in their titles, so the test run shows them.
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
