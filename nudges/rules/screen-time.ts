import { formatMinutes } from '../../text/format-minutes';
import { message } from '../../text/i18n';
import { defineNudgeRule, type NudgeContext, type NudgeWords } from '../nudge';

export const screenTime = defineNudgeRule({
  id: 'screen-time',
  name: 'nudgeRuleNameScreenTime',
  about: 'nudgeRuleAboutScreenTime',
  goalAlertOrder: 1,
  evaluate(context: NudgeContext): NudgeWords | null {
    const goalMs = context.goals.screenMinutes * 60_000;
    if (context.screenMs < goalMs) return null;
    return {
      text: message('nudgeScreenTime', [formatMinutes(context.screenMs), formatMinutes(goalMs)]),
      reason: message('nudgeScreenTimeWhy', [formatMinutes(goalMs)]),
    };
  },
});
