import { formatMinutes } from '../../text/format-minutes';
import { message } from '../../text/i18n';
import type { Nudge, NudgeContext } from '../nudge';

export function takeABreak(context: NudgeContext): Nudge | null {
  const limitMs = context.goals.breakMinutes * 60_000;
  if (context.unbrokenMs < limitMs) return null;
  return {
    rule: 'take-a-break',
    text: message('nudgeTakeABreak', [formatMinutes(context.unbrokenMs)]),
    reason: message('nudgeTakeABreakWhy', [formatMinutes(limitMs)]),
  };
}
