import { formatMinutes } from '../../components/format-minutes';
import type { Nudge, NudgeContext } from '../nudge';

/** Below half an hour of consuming, the balance says little about the day. */
const MIN_CONSUME_MS = 30 * 60_000;

export function consumeCreate(context: NudgeContext): Nudge | null {
  const { consumeMs, createMs, goals } = context;
  if (consumeMs < MIN_CONSUME_MS || goals.createPerConsume === 0) return null;
  // "Far more": less than half of the goal's share.
  if (createMs >= (consumeMs * goals.createPerConsume) / 2) return null;
  const text =
    createMs < 60_000
      ? `You've scrolled ${formatMinutes(consumeMs)} and created nothing today. Want to write for 10 minutes?`
      : `You've consumed ${formatMinutes(consumeMs)} and created ${formatMinutes(createMs)} today. Want to make something for 10 minutes?`;
  const goal =
    goals.createPerConsume === 1
      ? 'to create at least as much as you consume'
      : `to create ${goals.createPerConsume} minutes for each minute you consume`;
  return { rule: 'consume-create', text, reason: `Your goal is ${goal}.` };
}
