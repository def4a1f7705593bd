import type { NudgeRule } from '../nudges/nudge';
import { message } from './i18n';

/** What makes each nudge appear, in the person's terms (nudges/rules/*); shown in the settings. */
export const NUDGE_RULE_DESCRIPTIONS: Record<NudgeRule, string> = {
  'manipulation-run': message('nudgeRuleAboutManipulationRun'),
  'take-a-break': message('nudgeRuleAboutTakeABreak'),
  'site-limit': message('nudgeRuleAboutSiteLimit'),
  'consume-create': message('nudgeRuleAboutConsumeCreate'),
  'late-night': message('nudgeRuleAboutLateNight'),
  'screen-time': message('nudgeRuleAboutScreenTime'),
};
