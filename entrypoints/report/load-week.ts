/**
 * Everything the weekly page shows, read through storage/'s named queries (never Dexie here) and
 * computed by figures/; summary/ (pure) turns it into the page's figures and sentences:
 *
 *   rollups of the 7 days ─▶ per-day totals, information diet, top sites
 *   rollups of the 7 days before ─▶ last week's totals and diet, for the comparisons (only the
 *                                     days this week has had so far, while it is in progress)
 *   nudge history from Monday ─▶ the week's nudge events
 *   intention answers of the week ─▶ each answer against its stretch's time
 */
import { addDays, startOfDayKey, weekOf } from '../../activity/local-day';
import { sumTotals, totalsOf } from '../../figures/day-totals';
import { informationDietOf } from '../../figures/information-diet';
import { topSitesOf } from '../../figures/top-sites';
import type { RealignDb } from '../../storage/db';
import { intentionWeek } from '../../storage/intentions';
import { listNudgeHistory } from '../../storage/nudge-history';
import { readDays } from '../../storage/read-days';
import type { WeekData } from '../../summary/week-data';

const TOP_SITES = 8;
const TOP_ACCOUNTS = 6;

/** The Monday-first week containing `date`, as it stands on `today` (`YYYY-MM-DD`). */
export async function loadWeek(db: RealignDb, date: string, today: string): Promise<WeekData> {
  const dates = weekOf(date);
  const monday = dates[0]!;
  const daysSoFar = dates.includes(today) ? dates.indexOf(today) + 1 : null;
  const previousDates = weekOf(addDays(monday, -7)).slice(0, daysSoFar ?? 7);
  const end = startOfDayKey(addDays(monday, 7));
  // Each week's rollups are read once; every figure is computed from them.
  const [days, previousDays, nudges, intentions] = await Promise.all([
    readDays(db, dates),
    readDays(db, previousDates),
    listNudgeHistory(db, startOfDayKey(monday)),
    intentionWeek(db, startOfDayKey(monday), end),
  ]);
  return {
    monday,
    days: days.map(totalsOf),
    daysSoFar,
    previous: sumTotals(previousDays.map(totalsOf)),
    diet: informationDietOf(days, TOP_ACCOUNTS),
    previousDiet: informationDietOf(previousDays, 0),
    sites: topSitesOf(days, TOP_SITES),
    nudges: nudges.filter((event) => event.at < end),
    intentions,
  };
}
