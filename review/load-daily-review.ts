/**
 * Everything the popup shows: the stored figures (review-data.ts), read now from the database or
 * earlier into the snapshot (today-snapshot.ts), and the nudges chosen from them for this moment
 * and these settings. Both views of the popup go through composeDailyReview, so a snapshot and a
 * fresh read of the same data show the same thing.
 */
import { unbrokenTime } from '../activity/unbroken-time';
import { chooseNudges, type ChosenNudge } from '../nudges/choose-nudges';
import type { NudgeContext, NudgeRule } from '../nudges/nudge';
import type { Goals } from '../settings/goals';
import type { SiteLimits } from '../settings/site-limits';
import { HISTORY_WINDOW_MS, RECENT_SEGMENTS_MS, type ReviewData } from './review-data';

export interface DailyReview extends Omit<ReviewData, 'siteMs' | 'recentLabels' | 'recentSpans' | 'nudgeHistory'> {
  nudges: ChosenNudge[];
}

export interface ReviewSettings {
  goals: Goals;
  switchedOffNudges: readonly NudgeRule[];
  siteLimits: SiteLimits;
}

export function composeDailyReview(data: ReviewData, now: number, settings: ReviewSettings): DailyReview {
  const { siteMs, recentLabels, recentSpans, nudgeHistory, ...figures } = data;
  // Data read a while ago holds a little more history than a read now would: the same window
  // applied to `now` makes both choose the same nudges (nudgeContextOf does so for the spans).
  const history = nudgeHistory.filter((event) => event.at >= now - HISTORY_WINDOW_MS);
  const nudges = chooseNudges(nudgeContextOf(data, now, settings), history, settings.switchedOffNudges);
  return { ...figures, nudges };
}

/** What the nudge rules look at, from the review's figures at `now`; also the goal alerts' view. */
export function nudgeContextOf(data: ReviewData, now: number, settings: Omit<ReviewSettings, 'switchedOffNudges'>): NudgeContext {
  const spans = data.recentSpans.filter((span) => span.end >= now - RECENT_SEGMENTS_MS);
  return {
    now,
    goals: settings.goals,
    consumeMs: data.balance.consumeMs,
    createMs: data.balance.createMs,
    screenMs: data.today.screenMs,
    recentLabels: data.recentLabels,
    unbrokenMs: unbrokenTime(spans, now),
    siteMs: data.siteMs,
    siteLimits: settings.siteLimits,
  };
}
