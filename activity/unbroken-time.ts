/**
 * How long the person has been at the screen without a break: the run of activity that reaches
 * up to now, where gaps shorter than a break do not end the run.
 */
/** Five minutes away from the browser is a break (a coffee, a walk to a colleague). */
export const BREAK_MS = 5 * 60_000;

export interface Span {
  start: number;
  end: number;
}

export function unbrokenTime(spans: readonly Span[], now: number, breakMs = BREAK_MS): number {
  const sorted = [...spans].filter((s) => s.end > s.start && s.start <= now).sort((a, b) => b.end - a.end);
  const latest = sorted[0];
  if (!latest || now - latest.end >= breakMs) return 0;
  let runStart = latest.start;
  for (const span of sorted.slice(1)) {
    if (runStart - span.end >= breakMs) break;
    runStart = Math.min(runStart, span.start);
  }
  return now - runStart;
}
