// One benchmark figure, printed as one JSON line by run.ts. `ratio` compares
// `value` with a `baseline` measured in the same run, never with a fixed
// number; a fixed limit the figure must stay under is its `budget`.
export type BenchResult = {
  name: string;
  value: number;
  unit: string;
  baseline: number | null;
  ratio: number | null;
  budget?: number;
};

export function benchResult(name: string, value: number, unit: string, baseline: number | null, digits = 1): BenchResult {
  const round = (x: number) => Number(x.toFixed(digits));
  return { name, value: round(value), unit, baseline: baseline === null ? null : round(baseline), ratio: baseline ? Number((value / baseline).toFixed(3)) : null };
}

/** A figure with no baseline of its own, checked against a fixed budget. */
export function budgetResult(name: string, value: number, unit: string, budget: number, digits = 1): BenchResult {
  return { ...benchResult(name, value, unit, null, digits), budget };
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
