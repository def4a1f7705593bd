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
import type { SiteId } from '../sites/types';
import { authorKey, type DayRollup } from '../figures/day-rollup';
import type { RealignDb } from './db';
import type { SeenPostRow } from '../figures/rows';

export async function deleteEverything(db: RealignDb): Promise<void> {
  await db.transaction('rw', [db.days, db.segments, db.postsSeen, db.manualEntries, db.nudges, db.siteHealth, db.feedback, db.intentions], async () => {
    await Promise.all([db.days.clear(), db.segments.clear(), db.postsSeen.clear(), db.manualEntries.clear(), db.nudges.clear(), db.siteHealth.clear(), db.feedback.clear(), db.intentions.clear()]);
  });
}

/** Local days `from`…`to`, both included. Returns how many day rollups were deleted. */
export async function deleteDateRange(db: RealignDb, from: string, to: string): Promise<number> {
  if (from > to) throw new Error(`deleteDateRange: ${from} is after ${to}`);
  const start = startOfDayKey(from);
  const end = startOfDayKey(addDays(to, 1));
  return db.transaction('rw', [db.days, db.segments, db.postsSeen, db.manualEntries, db.nudges, db.siteHealth, db.feedback, db.intentions], async () => {
    // Range reads then key deletes: a filtered delete would walk a cursor row by row.
    const [segments, posts, health] = await Promise.all([
      db.segments.where('end').above(start).toArray(),
      db.postsSeen.where('lastSeenAt').aboveOrEqual(start).toArray(),
      db.siteHealth.toArray(),
    ]);
    const [days] = await Promise.all([
      db.days.where('date').between(from, to, true, true).delete(),
      db.segments.bulkDelete(segments.filter((row) => row.start < end).map((row) => row.id)),
      db.postsSeen.bulkDelete(posts.filter((row) => row.countedDay >= from && row.countedDay <= to).map((row) => row.key)),
      db.manualEntries.where('date').between(from, to, true, true).delete(),
      db.nudges.where('at').between(start, end, true, false).delete(),
      db.siteHealth.bulkDelete(health.filter((row) => row.lastScanAt >= start && row.lastScanAt < end).map((row) => row.site)),
      db.feedback.where('at').between(start, end, true, false).delete(),
      db.intentions.where('at').between(start, end, true, false).delete(),
    ]);
    return days;
  });
}

/** Everything about one host (as the tracker names it: "x.com"); `feedSite` when it is a feed Realign reads. */
export async function deleteSite(db: RealignDb, host: string, feedSite?: SiteId): Promise<void> {
  await db.transaction('rw', [db.days, db.segments, db.postsSeen, db.siteHealth, db.feedback, db.intentions], async () => {
    await db.intentions.where('host').equals(host).delete();
    // Whole-table reads, filtered here: one getAll each instead of a cursor walk.
    const [days, segments, allPosts, feedback] = await Promise.all([
      db.days.toArray(),
      db.segments.toArray(),
      feedSite ? db.postsSeen.toArray() : Promise.resolve([]),
      feedSite ? db.feedback.toArray() : Promise.resolve([]),
    ]);
    const postsByDay = new Map<string, SeenPostRow[]>();
    for (const post of allPosts) {
      if (post.site !== feedSite) continue;
      const list = postsByDay.get(post.countedDay) ?? postsByDay.set(post.countedDay, []).get(post.countedDay)!;
      list.push(post);
    }
    const changed = days.filter((day) => removeSiteFromDay(day, host, feedSite, postsByDay.get(day.date) ?? []));
    await Promise.all([
      db.days.bulkPut(changed),
      db.segments.bulkDelete(segments.filter((row) => row.host === host).map((row) => row.id)),
      db.postsSeen.bulkDelete(allPosts.filter((post) => post.site === feedSite).map((post) => post.key)),
      feedSite ? db.siteHealth.delete(feedSite) : Promise.resolve(),
      db.feedback.bulkDelete(feedback.filter((row) => row.site === feedSite).map((row) => row.id!)),
    ]);
  });
}

/** Takes the host's time and the feed's posts out of one rollup; true when anything changed. */
function removeSiteFromDay(day: DayRollup, host: string, feedSite: SiteId | undefined, posts: readonly SeenPostRow[]): boolean {
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
    for (const label of post.labels) day.posts.flagged[label] = Math.max(0, (day.posts.flagged[label] ?? 0) - 1);
    for (const reason of post.reasons ?? []) {
      const counts = day.reasons?.[reason.category];
      const n = counts?.[reason.text];
      if (!counts || n === undefined) continue;
      if (n <= 1) delete counts[reason.text];
      else counts[reason.text] = n - 1;
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
