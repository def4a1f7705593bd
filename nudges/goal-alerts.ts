/**
 * Which passed goals deserve a notification now: the rules that are goals the person set (in
 * rules/index.ts, those with a goalAlertOrder: the screen-time goal, then the site limits), in the
 * popup's own words, each at most once a day and never one the person turned off.
 */
import type { Nudge, NudgeContext, NudgeRule } from './nudge';
import { NUDGE_RULES } from './rules';

const GOAL_RULES = NUDGE_RULES.filter((rule) => rule.goalAlertOrder !== undefined).sort(
  (a, b) => (a.goalAlertOrder ?? 0) - (b.goalAlertOrder ?? 0),
);

export function goalAlertsDue(context: NudgeContext, switchedOff: readonly NudgeRule[], alertedToday: readonly NudgeRule[]): Nudge[] {
  const due: Nudge[] = [];
  for (const { id, evaluate } of GOAL_RULES) {
    if (switchedOff.includes(id) || alertedToday.includes(id)) continue;
    const words = evaluate(context);
    if (words) due.push({ rule: id, ...words });
  }
  return due;
}
