import type { NudgeRule } from '../nudges/nudge';
import { messageTable } from './i18n';

/** What makes each nudge appear, in the person's terms (nudges/rules/*); shown in the settings. */
export const NUDGE_RULE_DESCRIPTIONS: Readonly<Record<NudgeRule, string>> = messageTable({
  'manipulation-run': 'nudgeRuleAboutManipulationRun',
  'take-a-break': 'nudgeRuleAboutTakeABreak',
  'site-limit': 'nudgeRuleAboutSiteLimit',
  'consume-create': 'nudgeRuleAboutConsumeCreate',
  'late-night': 'nudgeRuleAboutLateNight',
  'screen-time': 'nudgeRuleAboutScreenTime',
});
