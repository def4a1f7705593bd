/**
 * Deleting history, each in one transaction so a failure leaves everything as it was:
 *
 *   everything   every table emptied
 *   date range   the days' rollups and every raw row that counts on them; time of a segment that
 *                crosses into a neighbouring day stays in that day's rollup (it is that day's time)
 *   one site     its time leaves every day's rollup and totals, its segments go; if it is a feed
 *                Realign reads, its posts seen go too, with their counts where the raw rows say
 *                which day counted them, and its accounts and "not helpful" marks leave every day
 */
import { addDays, startOfDayKey } from '../activity/local-day';
import { CATEGORIES } from '../model/categories';
import type { SiteId } from '../sites/types';
import { authorKey } from './day-rollup';
import type { DayRollup, RealignDb } from './db';

export async function deleteEverything(db: RealignDb): Promise<void> {
  await db.transaction('rw', [db.days, db.segments, db.postsSeen, db.manualEntries, db.nudges, db.siteHealth, db.feedback], async () => {
    await Promise.all([db.days.clear(), db.segments.clear(), db.postsSeen.clear(), db.manualEntries.clear(), db.nudges.clear(), db.siteHealth.clear(), db.feedback.clear()]);
  });
}

/** Local days `from`…`to`, both included. Returns how many day rollups were deleted. */
export async function deleteDateRange(db: RealignDb, from: string, to: string): Promise<number> {
  if (from > to) throw new Error(`deleteDateRange: ${from} is after ${to}`);
  const start = startOfDayKey(from);
  const end = startOfDayKey(addDays(to, 1));
  return db.transaction('rw', [db.days, db.segments, db.postsSeen, db.manualEntries, db.nudges, db.siteHealth, db.feedback], async () => {
    const [days] = await Promise.all([
      db.days.where('date').between(from, to, true, true).delete(),
      db.segments.where('end').above(start).filter((row) => row.start < end).delete(),
      db.postsSeen.where('lastSeenAt').aboveOrEqual(start).filter((row) => row.countedDay >= from && row.countedDay <= to).delete(),
      db.manualEntries.where('date').between(from, to, true, true).delete(),
      db.nudges.where('at').between(start, end, true, false).delete(),
      db.siteHealth.filter((row) => row.lastScanAt >= start && row.lastScanAt < end).delete(),
      db.feedback.where('at').between(start, end, true, false).delete(),
    ]);
    return days;
  });
}

/** Everything about one host (as the tracker names it: "x.com"); `feedSite` when it is a feed Realign reads. */
export async function deleteSite(db: RealignDb, host: string, feedSite?: SiteId): Promise<void> {
  await db.transaction('rw', [db.days, db.segments, db.postsSeen, db.siteHealth, db.feedback], async () => {
    const posts = feedSite ? await db.postsSeen.filter((row) => row.site === feedSite).toArray() : [];
    const days = await db.days.toArray();
    const changed = days.filter((day) => removeSiteFromDay(day, host, feedSite, posts.filter((post) => post.countedDay === day.date)));
    await Promise.all([
      db.days.bulkPut(changed),
      db.segments.filter((row) => row.host === host).delete(),
      db.postsSeen.bulkDelete(posts.map((post) => post.key)),
      feedSite ? db.siteHealth.delete(feedSite) : Promise.resolve(),
      feedSite ? db.feedback.where('at').above(0).filter((row) => row.site === feedSite).delete() : Promise.resolve(0),
    ]);
  });
}

/** Takes the host's time and the feed's posts out of one rollup; true when anything changed. */
function removeSiteFromDay(day: DayRollup, host: string, feedSite: SiteId | undefined, posts: { labels: readonly string[] }[]): boolean {
  let changed = false;
  const site = day.sites[host];
  if (site) {
    day.consumeMs = Math.max(0, day.consumeMs - site.activityMs.consume);
    day.createMs = Math.max(0, day.createMs - site.activityMs.create);
    day.neutralMs = Math.max(0, day.neutralMs - site.activityMs.neutral);
    delete day.sites[host];
    changed = true;
  }
  if (!feedSite) return changed;
  for (const post of posts) {
    day.posts.seen = Math.max(0, day.posts.seen - 1);
    for (const label of post.labels) {
      const category = CATEGORIES.find((c) => c === label);
      if (category) day.posts.flagged[category] = Math.max(0, day.posts.flagged[category] - 1);
    }
    changed = true;
  }
  const prefix = authorKey(feedSite, '');
  for (const key of Object.keys(day.flaggedAuthors)) {
    if (key.startsWith(prefix)) {
      delete day.flaggedAuthors[key];
      changed = true;
    }
  }
  return changed;
}
