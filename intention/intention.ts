/**
 * The optional intention check (issue 16): "What are you here for?" above a feed, once a stretch.
 * Plain data in, plain data out.
 *
 *   feed opens ─▶ intention check on? ─▶ answered (or skipped) in this stretch? ─▶ ask | not
 *   weekly page ◀─ each answer's stretch, as counted time on its host ◀─ segments
 */
import { BREAK_MS, type Span } from '../activity/unbroken-time';
import { mergeSpans } from '../pause/stretch';

/** A few one-tap answers; "skip" is kept too, so the prompt is not asked again in the stretch. */
export const INTENTIONS = ['catch-up', 'reply', 'look-up', 'unwind'] as const;
export type Intention = (typeof INTENTIONS)[number];
export type IntentionAnswer = Intention | 'skip';

export function isIntentionAnswer(value: unknown): value is IntentionAnswer {
  return value === 'skip' || (INTENTIONS as readonly unknown[]).includes(value);
}

/**
 * Whether to ask now: not when this stretch on the host already has an answer. `stretchStartAt` is
 * where the run of time counted on the host up to now began (null: none running, the person just
 * arrived). An answer less than a break old always holds, so a page the tracker is not counting
 * (another window has focus) is not asked on every load.
 */
export function shouldAskIntention(lastAnswerAt: number | null, stretchStartAt: number | null, now: number, breakMs = BREAK_MS): boolean {
  if (lastAnswerAt === null) return true;
  if (now - lastAnswerAt < breakMs) return false;
  return stretchStartAt === null || lastAnswerAt < stretchStartAt;
}

/**
 * The stretch an answer belongs to: the run of the host's counted spans around `at`, where a gap of
 * a break (5 minutes away) ends it, as pause/stretch.ts counts it. Returns its counted milliseconds.
 */
export function stretchAround(spans: readonly Span[], at: number, breakMs = BREAK_MS): number {
  const runs: { start: number; end: number; counted: number }[] = [];
  for (const span of mergeSpans(spans.filter((s) => s.end > s.start))) {
    const last = runs[runs.length - 1];
    if (last && span.start - last.end < breakMs) {
      last.end = span.end;
      last.counted += span.end - span.start;
    } else runs.push({ start: span.start, end: span.end, counted: span.end - span.start });
  }
  // The answer is given once the run has begun, or in a gap shorter than a break around it.
  return runs.find((r) => at >= r.start - breakMs && at < r.end + breakMs)?.counted ?? 0;
}

export interface IntentionRecord {
  host: string;
  answer: IntentionAnswer;
  at: number;
}

export type IntentionTotals = Record<IntentionAnswer, { stretches: number; ms: number }>;

/** Counted time per answer over the week, for the weekly page: each answer's own stretch. */
export function timeByIntention(records: readonly IntentionRecord[], spansOf: (host: string) => readonly Span[]): IntentionTotals {
  const totals = Object.fromEntries([...INTENTIONS, 'skip'].map((key) => [key, { stretches: 0, ms: 0 }])) as IntentionTotals;
  for (const record of records) {
    totals[record.answer].stretches += 1;
    totals[record.answer].ms += stretchAround(spansOf(record.host), record.at);
  }
  return totals;
}
