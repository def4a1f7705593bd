/** Where the time went: sites by time over some days, most first. */
import type { Activity } from '../activity/activity';
import { dominantActivity, type DayRollup } from './day-rollup';

export interface SiteTime {
  host: string;
  ms: number;
  activity: Activity;
}

export function topSitesOf(days: readonly DayRollup[], limit = 10): SiteTime[] {
  const byHost = new Map<string, { ms: number; activityMs: Record<Activity, number> }>();
  for (const day of days) {
    for (const [host, site] of Object.entries(day.sites)) {
      const sum = byHost.get(host) ?? { ms: 0, activityMs: { consume: 0, create: 0, neutral: 0 } };
      sum.ms += site.ms;
      for (const a of ['consume', 'create', 'neutral'] as const) sum.activityMs[a] += site.activityMs[a];
      byHost.set(host, sum);
    }
  }
  return [...byHost.entries()]
    .map(([host, sum]) => ({ host, ms: sum.ms, activity: dominantActivity(sum.activityMs) }))
    .sort((a, b) => b.ms - a.ms || a.host.localeCompare(b.host))
    .slice(0, limit);
}
