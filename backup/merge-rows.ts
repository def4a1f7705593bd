/**
 * How one raw row from an import meets the same row already stored (same natural key). Every rule
 * is idempotent — merging a row with itself, or with a merge it was part of, changes nothing — so
 * importing a file twice is the same as importing it once.
 */
import type { SeenPostRow, SegmentRow, SiteHealthRow } from '../figures/rows';
import type { ExportedFeedback, ExportedIntention, ExportedManualEntry, ExportedNudgeEvent } from '../schema/export-format';

/** Segments grow at their end as the tracker hands them over; the longer one knows more. */
export function mergeSegment(stored: SegmentRow | undefined, imported: SegmentRow): SegmentRow {
  if (!stored || imported.end > stored.end) return imported;
  return stored;
}

/**
 * One post seen in both histories: the first and last sightings widen, the dwell is the larger
 * (adding would count a shared sighting twice), and the newer judgement and details win.
 */
export function mergePost(stored: SeenPostRow | undefined, imported: SeenPostRow): SeenPostRow {
  if (!stored) return imported;
  const [older, newer] = imported.lastSeenAt > stored.lastSeenAt ? [stored, imported] : [imported, stored];
  return {
    ...newer,
    author: newer.author ?? older.author,
    permalink: newer.permalink ?? older.permalink,
    snippet: newer.snippet ?? older.snippet,
    ...(newer.reasons ?? older.reasons ? { reasons: newer.reasons ?? older.reasons } : {}),
    firstSeenAt: Math.min(stored.firstSeenAt, imported.firstSeenAt),
    lastSeenAt: Math.max(stored.lastSeenAt, imported.lastSeenAt),
    dwellMs: Math.max(stored.dwellMs, imported.dwellMs),
    // biome-ignore lint/complexity/useMathMinMax: local-day strings ("2026-12-06"), compared as text
    countedDay: stored.countedDay > imported.countedDay ? stored.countedDay : imported.countedDay,
  };
}

/** The latest scan describes the site now; the last time posts were found is the later of the two. */
export function mergeSiteHealth(stored: SiteHealthRow | undefined, imported: SiteHealthRow): SiteHealthRow {
  if (!stored) return imported;
  const newer = imported.lastScanAt > stored.lastScanAt ? imported : stored;
  return { ...newer, lastPostsAt: Math.max(stored.lastPostsAt, imported.lastPostsAt) };
}

/** Manual entries and nudge events have local ids only; what they say is their identity. */
export function manualEntryKey(entry: ExportedManualEntry): string {
  return `${entry.kind}|${entry.at}|${entry.minutes}`;
}

export function nudgeEventKey(event: ExportedNudgeEvent): string {
  return `${event.rule}|${event.action}|${event.at}`;
}

export function feedbackKey(mark: ExportedFeedback): string {
  return `${mark.key}|${mark.category}|${mark.at}`;
}

/** One answer per stretch on a host: the host, the answer and its time are the answer. */
export function intentionKey(answer: ExportedIntention): string {
  return `${answer.host}|${answer.answer}|${answer.at}`;
}

/** Same fields and values, whatever order the keys were written in (a row read back from IndexedDB keeps its own). */
export function isSameRow<T extends object>(a: T | undefined, b: T): boolean {
  return a !== undefined && stableJson(a) === stableJson(b);
}

export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))) : v,
  );
}
