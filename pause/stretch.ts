/**
 * How long this stretch on a consuming site has lasted: the time counted there (not the wall
 * clock) in the run of its segments that reaches up to now, where a gap shorter than a break
 * (5 minutes away: another tab, idle, another application) does not end the run.
 *
 *   segments of this host, consuming ─▶ merge overlaps ─▶ walk back from now until a 5-min gap ─▶ sum
 *
 * The tracker already leaves idle and locked time out of its segments (activity/tracker.ts), so a
 * person who stepped away shows up here as a gap. Segments are not split at midnight for this:
 * a stretch that starts at 23:50 and runs to 00:15 is 25 minutes.
 */
import { BREAK_MS, type Span } from '../activity/unbroken-time';

export function stretchMs(spans: readonly Span[], now: number, breakMs = BREAK_MS): number {
  const merged = mergeSpans(spans.map((s) => ({ start: s.start, end: Math.min(s.end, now) })).filter((s) => s.end > s.start));
  const latest = merged[merged.length - 1];
  if (!latest || now - latest.end >= breakMs) return 0;
  let counted = 0;
  let runStart = latest.end;
  for (let i = merged.length - 1; i >= 0; i--) {
    const span = merged[i]!;
    if (runStart - span.end >= breakMs) break;
    counted += span.end - span.start;
    runStart = span.start;
  }
  return counted;
}

/** Where the stretch reaching now began, or null when none is running (the last counted time is a break ago). */
export function stretchStartAt(spans: readonly Span[], now: number, breakMs = BREAK_MS): number | null {
  const merged = mergeSpans(spans.map((s) => ({ start: s.start, end: Math.min(s.end, now) })).filter((s) => s.end > s.start));
  let start: number | null = null;
  let runStart = now;
  for (let i = merged.length - 1; i >= 0; i--) {
    const span = merged[i]!;
    if (runStart - span.end >= breakMs) break;
    start = span.start;
    runStart = span.start;
  }
  return start;
}

/** Sorted by start, overlapping or touching spans joined (a segment and the open piece after it). */
export function mergeSpans(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (const span of sorted) {
    const last = out[out.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else out.push({ ...span });
  }
  return out;
}
