/**
 * A run of provoking posts: of the last posts seen on this site, how many carried an outrage,
 * fear or scam label. The popup's "manipulation run" nudge (nudges/rules/manipulation-run.ts)
 * counts every manipulative kind at 4 in 10; the card interrupts the feed itself, so it asks for
 * more: the kinds that work on anger and fear, 6 of the last 10.
 */
import type { Category } from '../model/categories';

export const PROVOKING = ['outrage', 'fear', 'scam'] as const satisfies readonly Category[];
export type Provoking = (typeof PROVOKING)[number];
const isProvoking = (category: Category): category is Provoking => (PROVOKING as readonly Category[]).includes(category);

/** 6 in 10: with labels on about 1 in 300 ordinary posts (docs/model-card.md), a calm feed never gets here. */
export const RUN = 6;
export const WINDOW = 10;

export interface ProvocationRun {
  flagged: number;
  window: number;
  /** Posts per provoking kind; a post with two kinds counts in both. */
  counts: Partial<Record<Provoking, number>>;
}

/** `recentLabels`: labels of the posts seen most recently, newest first. */
export function provocationRun(recentLabels: readonly (readonly Category[])[], run = RUN, window = WINDOW): ProvocationRun | null {
  const recent = recentLabels.slice(0, window);
  if (recent.length < window) return null;
  const flagged = recent.filter((labels) => labels.some(isProvoking));
  if (flagged.length < run) return null;
  const counts: Partial<Record<Provoking, number>> = {};
  for (const labels of flagged) for (const kind of new Set(labels.filter(isProvoking))) counts[kind] = (counts[kind] ?? 0) + 1;
  return { flagged: flagged.length, window, counts };
}
