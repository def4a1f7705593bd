/**
 * The per-day rollup: the small record of one local day that the views read (never raw events),
 * and the pure functions that build it up in place. storage/update-days.ts loads, changes and
 * saves the days a write touches; storage/db.ts keeps the rollups in its `days` table.
 */
import type { Activity } from '../activity/activity';
import { CATEGORIES, type Category } from '../model/categories';

export interface SiteDay {
  ms: number;
  /** Where most of the site's time went that day. */
  activity: Activity;
  activityMs: Record<Activity, number>;
}

/**
 * Everything the popup and the weekly summary show about one local day. Kept forever; its
 * field names are those of the export format's `days` (DESIGN.md, "Contracts").
 */
export interface DayRollup {
  /** Local day, `YYYY-MM-DD`. */
  date: string;
  consumeMs: number;
  createMs: number;
  neutralMs: number;
  /** Host name → time there. */
  sites: Record<string, SiteDay>;
  posts: { seen: number; flagged: Record<Category, number> };
  /** `<site>:<author>` → flagged posts seen from that account that day. */
  flaggedAuthors: Record<string, number>;
  /** Per category, how often each reason came with a label that day (absent on older rollups). */
  reasons?: Partial<Record<Category, Record<string, number>>>;
  /** What the browser cannot see, as the person entered it. */
  manual: { offlineCreateMs: number; faceToFace: number };
}

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

/** The activity with the most time; ties go to the earlier entry: create before consume before neutral. */
export function dominantActivity(ms: Record<Activity, number>): Activity {
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
