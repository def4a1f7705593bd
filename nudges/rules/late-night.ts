import { message } from '../../text/i18n';
import { defineNudgeRule, type NudgeContext, type NudgeWords } from '../nudge';

/** Late night runs from the person's chosen hour to 5:00. */
const MORNING_HOUR = 5;
/** Only when the person is at it now: ten minutes of unbroken use. */
const AT_IT_MS = 10 * 60_000;

export const lateNight = defineNudgeRule({
  id: 'late-night',
  name: 'nudgeRuleNameLateNight',
  about: 'nudgeRuleAboutLateNight',
  evaluate(context: NudgeContext): NudgeWords | null {
    const hour = new Date(context.now).getHours();
    const isLate = hour >= context.goals.lateNightHour || hour < MORNING_HOUR;
    if (!isLate || context.unbrokenMs < AT_IT_MS) return null;
    const clock = new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' }).format(context.now);
    return {
      text: message('nudgeLateNight', [clock]),
      reason: message('nudgeLateNightWhy', [message('clockHour', [String(context.goals.lateNightHour)]), message('clockHour', [String(MORNING_HOUR)])]),
    };
  },
});
