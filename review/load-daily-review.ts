/**
 * Everything the popup shows, read in one go from the daily rollups and a few small raw reads:
 *
 *   rollups: today + the 7 days before ─▶ screen time, its 7-day average, top sites,
 *                                         consume vs create, information diet
 *   last 10 posts seen, recent segments ─▶ nudge context ─▶ chooseNudges (+ history, settings)
 *   site health ─▶ feeds whose adapter looks broken
 */
import { addDays, dayKeyOf } from '../activity/local-day';
import { unbrokenTime } from '../activity/unbroken-time';
import { chooseNudges, type ChosenNudge } from '../nudges/choose-nudges';
import type { NudgeRule } from '../nudges/nudge';
import type { Goals } from '../settings/goals';
import type { SiteLimits } from '../settings/site-limits';
import { consumeVsCreateOf, type ConsumeVsCreate } from '../storage/consume-vs-create';
import { readDays, totalsOf, type DayTotals } from '../storage/day-totals';
import type { RealignDb, SiteHealthRow } from '../storage/db';
import { informationDietOf, type InformationDiet } from '../storage/information-diet';
import { listNudgeHistory } from '../storage/nudge-history';
import { recentPostLabels, segmentsSince } from '../storage/recent-activity';
import { listSiteHealth } from '../storage/site-health';
import { topSitesOf, type SiteTime } from '../storage/top-sites';

export interface DailyReview {
  date: string;
  today: DayTotals;
  /** Mean screen time of the previous 7 days that have any; null before there is one. */
  averageScreenMs: number | null;
  topSites: SiteTime[];
  balance: ConsumeVsCreate;
  diet: InformationDiet;
  nudges: ChosenNudge[];
  /** Supported feeds whose last visit found no posts: the site may have changed its markup. */
  brokenFeeds: SiteHealthRow[];
  /** Nothing recorded yet, ever: the popup welcomes instead of showing zeros. */
  isFirstDay: boolean;
}

const HISTORY_WINDOW_MS = 30 * 24 * 3_600_000;
const RECENT_SEGMENTS_MS = 12 * 3_600_000;

export async function loadDailyReview(
  db: RealignDb,
  now: number,
  settings: { goals: Goals; switchedOffNudges: readonly NudgeRule[]; siteLimits: SiteLimits },
): Promise<DailyReview> {
  const date = dayKeyOf(now);
  const previous = Array.from({ length: 7 }, (_, i) => addDays(date, -(i + 1)));
  // Today's rollup is read once, with the week before, and every figure is computed from it.
  const [days, labels, spans, history, health] = await Promise.all([
    readDays(db, [date, ...previous]),
    recentPostLabels(db, 10),
    segmentsSince(db, now - RECENT_SEGMENTS_MS),
    listNudgeHistory(db, now - HISTORY_WINDOW_MS),
    listSiteHealth(db),
  ]);
  const todayOnly = days.slice(0, 1);
  const sites = topSitesOf(todayOnly, 4);
  const balance = consumeVsCreateOf(todayOnly);
  const diet = informationDietOf(todayOnly, 3);
  const siteMs = Object.fromEntries(Object.entries(days[0]!.sites).map(([host, site]) => [host, site.ms]));
  const [todayRollup, ...before] = days.map(totalsOf);
  const today = todayRollup!;
  const activeBefore = before.filter((day) => day.screenMs > 0);
  const averageScreenMs =
    activeBefore.length > 0 ? activeBefore.reduce((sum, day) => sum + day.screenMs, 0) / activeBefore.length : null;

  const nudges = chooseNudges(
    {
      now,
      goals: settings.goals,
      consumeMs: balance.consumeMs,
      createMs: balance.createMs,
      screenMs: today.screenMs,
      recentLabels: labels,
      unbrokenMs: unbrokenTime(spans, now),
      siteMs,
      siteLimits: settings.siteLimits,
    },
    history,
    settings.switchedOffNudges,
  );

  const hasAnything = today.screenMs > 0 || today.postsSeen > 0 || activeBefore.length > 0 || health.length > 0;
  return {
    date,
    today,
    averageScreenMs,
    topSites: sites,
    balance,
    diet,
    nudges,
    brokenFeeds: health.filter((row) => row.lastPostCount === 0),
    isFirstDay: !hasAnything && today.offlineCreateMs === 0 && today.faceToFace === 0,
  };
}
