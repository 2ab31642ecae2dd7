// One benchmark figure, printed as one JSON line by run.ts (README, "Tests and benchmarks").
// `ratio` compares `value` with a `baseline` measured in the same run (or,
// where an entry says so, with the budget).
export type BenchResult = {
  name: string;
  value: number;
  unit: string;
  baseline: number | null;
  ratio: number | null;
};

export function benchResult(name: string, value: number, unit: string, baseline: number | null, digits = 1): BenchResult {
  const round = (x: number) => Number(x.toFixed(digits));
  return { name, value: round(value), unit, baseline: baseline === null ? null : round(baseline), ratio: baseline ? Number((value / baseline).toFixed(3)) : null };
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
