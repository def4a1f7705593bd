/**
 * Turns today's figures, the goals and what the person did with earlier nudges into at most two
 * nudges. Nothing here blocks or insists:
 *
 *   rules (rules/index.ts, in order of what matters most) ─▶ drop: switched off · done today · snoozed ·
 *   rotated out (set aside 3 times in 7 days) ─▶ the first two ─▶ first time? explain why
 */
import { dayKeyOf } from '../activity/local-day';
import type { NudgeAction, NudgeEventRow } from '../figures/rows';
import type { Nudge, NudgeContext } from './nudge';
import { NUDGE_RULES, type NudgeRule } from './rules';

export type { NudgeAction };

/** A nudge shown, or what the person did with it: a stored row without its id. */
export type NudgeEvent = Omit<NudgeEventRow, 'id'>;

export interface ChosenNudge extends Nudge {
  /** Never shown before: the popup explains why it appeared. */
  isFirstTime: boolean;
}

export const MAX_NUDGES = 2;
/** A snoozed nudge stays away this long. */
export const SNOOZE_MS = 2 * 3_600_000;
/** Set aside this many times within ROTATION_WINDOW_MS, a nudge rests until the oldest ages out. */
const ROTATE_AFTER = 3;
const ROTATION_WINDOW_MS = 7 * 24 * 3_600_000;

export function chooseNudges(
  context: NudgeContext,
  history: readonly NudgeEvent[],
  switchedOff: readonly NudgeRule[],
): ChosenNudge[] {
  const today = dayKeyOf(context.now);
  const isResting = (rule: NudgeRule): boolean => {
    const events = history.filter((event) => event.rule === rule);
    if (events.some((e) => e.action === 'acted' && dayKeyOf(e.at) === today)) return true;
    if (events.some((e) => e.action === 'snoozed' && context.now - e.at < SNOOZE_MS)) return true;
    const setAside = events.filter(
      (e) => (e.action === 'snoozed' || e.action === 'dismissed') && context.now - e.at < ROTATION_WINDOW_MS,
    );
    return setAside.length >= ROTATE_AFTER;
  };

  const chosen: ChosenNudge[] = [];
  for (const { id, evaluate } of NUDGE_RULES) {
    if (switchedOff.includes(id) || isResting(id)) continue;
    const words = evaluate(context);
    if (!words) continue;
    const isFirstTime = !history.some((event) => event.rule === id && event.action === 'shown');
    chosen.push({ rule: id, ...words, isFirstTime });
    if (chosen.length === MAX_NUDGES) break;
  }
  return chosen;
}
