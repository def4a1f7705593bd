/**
 * The figures over stored days: the day rollups read from the database (a day with nothing
 * recorded reads as empty), then computed by figures/ as any caller with rollups in hand would.
 */
import { weekOf } from '../activity/local-day';
import { consumeVsCreateOf, type ConsumeVsCreate } from '../figures/consume-vs-create';
import { emptyDay, type DayRollup } from '../figures/day-rollup';
import { sumTotals, totalsOf, type DayTotals, type WeekTotals } from '../figures/day-totals';
import { informationDietOf, type InformationDiet } from '../figures/information-diet';
import { topSitesOf, type SiteTime } from '../figures/top-sites';
import type { RealignDb } from './db';

export async function readDays(db: RealignDb, dates: readonly string[]): Promise<DayRollup[]> {
  const stored = await db.days.bulkGet([...dates]);
  return dates.map((date, i) => stored[i] ?? emptyDay(date));
}

/** One local day (`YYYY-MM-DD`); a day with nothing recorded reads as zeros. */
export async function dayTotals(db: RealignDb, date: string): Promise<DayTotals> {
  const [day] = await readDays(db, [date]);
  return totalsOf(day!);
}

/** The Monday-first week containing `date`: each day, and the sum. */
export async function weekTotals(db: RealignDb, date: string): Promise<WeekTotals> {
  const days = (await readDays(db, weekOf(date))).map(totalsOf);
  return { ...sumTotals(days), days };
}

export async function topSites(db: RealignDb, dates: readonly string[], limit = 10): Promise<SiteTime[]> {
  return topSitesOf(await readDays(db, dates), limit);
}

export async function consumeVsCreate(db: RealignDb, dates: readonly string[]): Promise<ConsumeVsCreate> {
  return consumeVsCreateOf(await readDays(db, dates));
}

export async function informationDiet(db: RealignDb, dates: readonly string[], accountLimit = 5): Promise<InformationDiet> {
  return informationDietOf(await readDays(db, dates), accountLimit);
}
