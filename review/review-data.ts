/**
 * What the daily review needs from the database, read in one go: the figures that depend only
 * on what is stored (today's rollup and the week before it), and the raw inputs of the nudges,
 * which also depend on the time and the settings and so are chosen later (load-daily-review.ts).
 * Plain data that survives JSON, so it can be kept as the popup's snapshot (today-snapshot.ts).
 *
 *   rollups: today + the 7 days before ─▶ screen time, its 7-day average, top sites,
 *                                         consume vs create, information diet, time per site
 *   last 10 posts seen, recent segments, nudge history ─▶ kept for the nudges
 *   site health ─▶ feeds whose adapter looks broken
 */
import { addDays, dayKeyOf } from '../activity/local-day';
import type { Span } from '../activity/unbroken-time';
import type { Category } from '../model/categories';
import type { NudgeEvent } from '../nudges/choose-nudges';
import { consumeVsCreateOf, type ConsumeVsCreate } from '../figures/consume-vs-create';
import { readDays } from '../storage/read-days';
import { totalsOf, type DayTotals } from '../figures/day-totals';
import type { RealignDb } from '../storage/db';
import type { SiteHealthRow } from '../figures/rows';
import { informationDietOf, type InformationDiet } from '../figures/information-diet';
import { listNudgeHistory } from '../storage/nudge-history';
import { recentPostLabels, segmentsSince } from '../storage/recent-activity';
import { listSiteHealth, looksBroken } from '../storage/site-health';
import { topSitesOf, type SiteTime } from '../figures/top-sites';

/** How far back the nudge rules look at their own history (snoozes, rotation, first showing). */
export const HISTORY_WINDOW_MS = 30 * 24 * 3_600_000;
/** Enough segments to find the current unbroken run at the screen. */
export const RECENT_SEGMENTS_MS = 12 * 3_600_000;

export interface ReviewData {
  /** The local day (`YYYY-MM-DD`) these figures are for. */
  date: string;
  today: DayTotals;
  /** Mean screen time of the previous 7 days that have any; null before there is one. */
  averageScreenMs: number | null;
  topSites: SiteTime[];
  balance: ConsumeVsCreate;
  diet: InformationDiet;
  /** Today's time per host: what the site-limit nudge measures. */
  siteMs: Record<string, number>;
  /** Labels of the last posts seen, newest first. */
  recentLabels: Category[][];
  /** Activity that ended within RECENT_SEGMENTS_MS before the read. */
  recentSpans: Span[];
  /** Nudge events within HISTORY_WINDOW_MS before the read, oldest first. */
  nudgeHistory: NudgeEvent[];
  /** Supported feeds whose last visit read no posts (storage/site-health.ts, looksBroken): the site may have changed its markup. */
  brokenFeeds: SiteHealthRow[];
  /** Nothing recorded yet, ever: the popup welcomes instead of showing zeros. */
  isFirstDay: boolean;
}

export async function readReviewData(db: RealignDb, now: number): Promise<ReviewData> {
  const date = dayKeyOf(now);
  const previous = Array.from({ length: 7 }, (_, i) => addDays(date, -(i + 1)));
  // Today's rollup is read once, with the week before, and every figure is computed from it.
  const [days, recentLabels, recentSpans, history, health] = await Promise.all([
    readDays(db, [date, ...previous]),
    recentPostLabels(db, 10),
    segmentsSince(db, now - RECENT_SEGMENTS_MS),
    listNudgeHistory(db, now - HISTORY_WINDOW_MS),
    listSiteHealth(db),
  ]);
  const todayOnly = days.slice(0, 1);
  const [today, ...before] = days.map(totalsOf);
  const activeBefore = before.filter((day) => day.screenMs > 0);
  const hasAnything = today!.screenMs > 0 || today!.postsSeen > 0 || activeBefore.length > 0 || health.length > 0;
  return {
    date,
    today: today!,
    averageScreenMs:
      activeBefore.length > 0 ? activeBefore.reduce((sum, day) => sum + day.screenMs, 0) / activeBefore.length : null,
    topSites: topSitesOf(todayOnly, 4),
    balance: consumeVsCreateOf(todayOnly),
    diet: informationDietOf(todayOnly, 3),
    siteMs: Object.fromEntries(Object.entries(days[0]!.sites).map(([host, site]) => [host, site.ms])),
    recentLabels,
    recentSpans,
    nudgeHistory: history.map(({ rule, action, at }) => ({ rule, action, at })),
    brokenFeeds: health.filter(looksBroken),
    isFirstDay: !hasAnything && today!.offlineCreateMs === 0 && today!.faceToFace === 0,
  };
}
