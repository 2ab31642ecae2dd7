// User Timing marks at the moments the benchmarks (and DevTools) care about.
export function perfMark(name: string): void {
  globalThis.performance?.mark?.(`ruwei:${name}`);
}
