import { message } from './i18n';

/** How each nudge rule is named to the person in the weekly summary. Unknown rules show as stored. */
export const NUDGE_RULE_NAMES: Record<string, string> = {
  'manipulation-run': message('nudgeRuleNameManipulationRun'),
  'take-a-break': message('nudgeRuleNameTakeABreak'),
  'site-limit': message('nudgeRuleNameSiteLimit'),
  'consume-create': message('nudgeRuleNameConsumeCreate'),
  'late-night': message('nudgeRuleNameLateNight'),
  'screen-time': message('nudgeRuleNameScreenTime'),
};

export function nameNudgeRule(rule: string): string {
  return Object.hasOwn(NUDGE_RULE_NAMES, rule) ? NUDGE_RULE_NAMES[rule]! : rule;
}
