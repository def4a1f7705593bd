/**
 * The per-day rollup: how raw events become the small record the views read. Pure functions
 * that change a rollup in place, and one helper that loads, changes and saves the days a write
 * touches inside the caller's transaction.
 */
import type { Activity } from '../activity/activity';
import { CATEGORIES, type Category } from '../model/categories';
import type { DayRollup, RealignDb } from './db';

export function emptyDay(date: string): DayRollup {
  return {
    date,
    consumeMs: 0,
    createMs: 0,
    neutralMs: 0,
    sites: {},
    posts: { seen: 0, flagged: Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number> },
    flaggedAuthors: {},
    manual: { offlineCreateMs: 0, faceToFace: 0 },
  };
}

export function addActivityTime(day: DayRollup, host: string, activity: Activity, ms: number): void {
  day[`${activity}Ms`] += ms;
  const site = (day.sites[host] ??= { ms: 0, activity, activityMs: { consume: 0, create: 0, neutral: 0 } });
  site.ms += ms;
  site.activityMs[activity] += ms;
  site.activity = dominantActivity(site.activityMs);
}

function dominantActivity(ms: Record<Activity, number>): Activity {
  // Ties go to the earlier entry: create before consume before neutral.
  return (['create', 'consume', 'neutral'] as const).reduce((best, a) => (ms[a] > ms[best] ? a : best));
}

/** `<site>:<author>`; site ids never contain ":", so the first one splits it back. */
export function authorKey(site: string, author: string): string {
  return `${site}:${author}`;
}

export function splitAuthorKey(key: string): { site: string; author: string } {
  const at = key.indexOf(':');
  return { site: key.slice(0, at), author: key.slice(at + 1) };
}

/** Loads the named days (empty where none yet), lets `change` edit them, saves them in one go. */
export async function updateDays(db: RealignDb, dates: Iterable<string>, change: (day: (date: string) => DayRollup) => void): Promise<void> {
  const unique = [...new Set(dates)];
  if (unique.length === 0) return;
  const stored = await db.days.bulkGet(unique);
  const byDate = new Map(unique.map((date, i) => [date, stored[i] ?? emptyDay(date)]));
  change((date) => {
    const day = byDate.get(date);
    if (!day) throw new Error(`updateDays: ${date} was not loaded`);
    return day;
  });
  await db.days.bulkPut([...byDate.values()]);
}
