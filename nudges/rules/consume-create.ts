import { formatCount } from '../../text/format';
import { formatMinutes } from '../../text/format-minutes';
import { message, messagePlural } from '../../text/i18n';
import { defineNudgeRule, type NudgeContext, type NudgeWords } from '../nudge';

/** Below half an hour of consuming, the balance says little about the day. */
const MIN_CONSUME_MS = 30 * 60_000;

export const consumeCreate = defineNudgeRule({
  id: 'consume-create',
  name: 'nudgeRuleNameConsumeCreate',
  about: 'nudgeRuleAboutConsumeCreate',
  evaluate(context: NudgeContext): NudgeWords | null {
    const { consumeMs, createMs, goals } = context;
    if (consumeMs < MIN_CONSUME_MS || goals.createPerConsume === 0) return null;
    // "Far more": less than half of the goal's share.
    if (createMs >= (consumeMs * goals.createPerConsume) / 2) return null;
    const text =
      createMs < 60_000
        ? message('nudgeConsumeCreateNothing', [formatMinutes(consumeMs)])
        : message('nudgeConsumeCreateLittle', [formatMinutes(consumeMs), formatMinutes(createMs)]);
    const reason =
      goals.createPerConsume === 1
        ? message('nudgeConsumeCreateWhySame')
        : messagePlural('nudgeConsumeCreateWhyTimes', goals.createPerConsume, [formatCount(goals.createPerConsume)]);
    return { text, reason };
  },
});
