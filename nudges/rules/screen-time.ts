import { formatMinutes } from '../../components/format-minutes';
import type { Nudge, NudgeContext } from '../nudge';

export function screenTime(context: NudgeContext): Nudge | null {
  const goalMs = context.goals.screenMinutes * 60_000;
  if (context.screenMs < goalMs) return null;
  return {
    rule: 'screen-time',
    text: `${formatMinutes(context.screenMs)} in the browser today, past your ${formatMinutes(goalMs)} goal. Time to close the lid?`,
    reason: `Your screen-time goal is ${formatMinutes(goalMs)} a day.`,
  };
}
