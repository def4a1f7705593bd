/**
 * Which passed goals deserve a notification now: the screen-time goal and the site limits, the
 * same nudges the popup would offer, each at most once a day and never one the person turned off.
 */
import type { Nudge, NudgeContext, NudgeRule } from './nudge';
import { screenTime } from './rules/screen-time';
import { siteLimit } from './rules/site-limit';

const GOAL_RULES = [screenTime, siteLimit];

export function goalAlertsDue(context: NudgeContext, switchedOff: readonly NudgeRule[], alertedToday: readonly NudgeRule[]): Nudge[] {
  return GOAL_RULES.map((rule) => rule(context)).filter(
    (nudge): nudge is Nudge => nudge !== null && !switchedOff.includes(nudge.rule) && !alertedToday.includes(nudge.rule),
  );
}
