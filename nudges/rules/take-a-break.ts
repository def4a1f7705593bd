import { formatMinutes } from '../../text/format-minutes';
import { message } from '../../text/i18n';
import { defineNudgeRule, type NudgeContext, type NudgeWords } from '../nudge';

export const takeABreak = defineNudgeRule({
  id: 'take-a-break',
  name: 'nudgeRuleNameTakeABreak',
  about: 'nudgeRuleAboutTakeABreak',
  evaluate(context: NudgeContext): NudgeWords | null {
    const limitMs = context.goals.breakMinutes * 60_000;
    if (context.unbrokenMs < limitMs) return null;
    return {
      text: message('nudgeTakeABreak', [formatMinutes(context.unbrokenMs)]),
      reason: message('nudgeTakeABreakWhy', [formatMinutes(limitMs)]),
    };
  },
});
