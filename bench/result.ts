// One benchmark figure, printed as one JSON line by run.ts (contract §6).
// `ratio` compares `value` with a `baseline` measured in the same run.
export type BenchResult = {
  name: string;
  value: number;
  unit: string;
  baseline: number | null;
  ratio: number | null;
};
