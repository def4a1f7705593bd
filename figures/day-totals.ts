/** A day's and a week's figures, from the rollups (never from raw events). */
import { CATEGORIES, type Category } from '../model/categories';
import type { DayRollup } from './day-rollup';

export interface Totals {
  consumeMs: number;
  createMs: number;
  neutralMs: number;
  /** Time in the browser: consume + create + neutral. */
  screenMs: number;
  offlineCreateMs: number;
  faceToFace: number;
  postsSeen: number;
  /** Seen posts flagged, per category (a post with two labels counts in both). */
  flaggedBy: Record<Category, number>;
}

export interface DayTotals extends Totals {
  date: string;
}

export interface WeekTotals extends Totals {
  days: DayTotals[];
}

export function totalsOf(day: DayRollup): DayTotals {
  return {
    date: day.date,
    consumeMs: day.consumeMs,
    createMs: day.createMs,
    neutralMs: day.neutralMs,
    screenMs: day.consumeMs + day.createMs + day.neutralMs,
    offlineCreateMs: day.manual.offlineCreateMs,
    faceToFace: day.manual.faceToFace,
    postsSeen: day.posts.seen,
    flaggedBy: { ...day.posts.flagged },
  };
}

export function sumTotals(all: readonly Totals[]): Totals {
  const sum: Totals = {
    consumeMs: 0, createMs: 0, neutralMs: 0, screenMs: 0, offlineCreateMs: 0, faceToFace: 0, postsSeen: 0,
    flaggedBy: Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>,
  };
  for (const t of all) {
    sum.consumeMs += t.consumeMs;
    sum.createMs += t.createMs;
    sum.neutralMs += t.neutralMs;
    sum.screenMs += t.screenMs;
    sum.offlineCreateMs += t.offlineCreateMs;
    sum.faceToFace += t.faceToFace;
    sum.postsSeen += t.postsSeen;
    for (const c of CATEGORIES) sum.flaggedBy[c] += t.flaggedBy[c] ?? 0;
  }
  return sum;
}
