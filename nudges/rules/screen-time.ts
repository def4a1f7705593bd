import { formatMinutes } from '../../text/format-minutes';
import { message } from '../../text/i18n';
import type { Nudge, NudgeContext } from '../nudge';

export function screenTime(context: NudgeContext): Nudge | null {
  const goalMs = context.goals.screenMinutes * 60_000;
  if (context.screenMs < goalMs) return null;
  return {
    rule: 'screen-time',
    text: message('nudgeScreenTime', [formatMinutes(context.screenMs), formatMinutes(goalMs)]),
    reason: message('nudgeScreenTimeWhy', [formatMinutes(goalMs)]),
  };
}
