import { formatMinutes } from '../../components/format-minutes';
import type { Nudge, NudgeContext } from '../nudge';

export function takeABreak(context: NudgeContext): Nudge | null {
  const limitMs = context.goals.breakMinutes * 60_000;
  if (context.unbrokenMs < limitMs) return null;
  return {
    rule: 'take-a-break',
    text: `${formatMinutes(context.unbrokenMs)} at the screen without a break. Go talk to someone face to face?`,
    reason: `You asked for a break at least every ${formatMinutes(limitMs)}; a break is five minutes away from the browser.`,
  };
}
