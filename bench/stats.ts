/** Summaries every benchmark prints the same way: median, spread and how many samples. */

export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[index]!;
}

export interface Summary {
  n: number;
  min: number;
  median: number;
  p90: number;
  p99: number;
  max: number;
}

export function summarise(samples: readonly number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    n: sorted.length,
    min: sorted[0] ?? NaN,
    median: quantile(sorted, 0.5),
    p90: quantile(sorted, 0.9),
    p99: quantile(sorted, 0.99),
    max: sorted[sorted.length - 1] ?? NaN,
  };
}

/** One aligned row: what was measured, then median and spread in the given unit. */
export function formatRow(label: string, s: Summary, unit: string, digits = 2): string {
  const f = (x: number) => x.toFixed(digits);
  return `${label.padEnd(44)} median ${f(s.median).padStart(8)} ${unit}   min ${f(s.min)}  p90 ${f(s.p90)}  max ${f(s.max)}  (n=${s.n})`;
}
