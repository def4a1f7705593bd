import { messageTable } from './i18n';

/** How each nudge rule is named to the person in the weekly summary. Unknown rules show as stored. */
export const NUDGE_RULE_NAMES: Readonly<Record<string, string>> = messageTable({
  'manipulation-run': 'nudgeRuleNameManipulationRun',
  'take-a-break': 'nudgeRuleNameTakeABreak',
  'site-limit': 'nudgeRuleNameSiteLimit',
  'consume-create': 'nudgeRuleNameConsumeCreate',
  'late-night': 'nudgeRuleNameLateNight',
  'screen-time': 'nudgeRuleNameScreenTime',
  // The pause cards in the feed (background/pause-cards.ts) are kept with the nudges.
  'pause-stretch': 'nudgeRuleNamePauseStretch',
  'pause-provocation': 'nudgeRuleNamePauseProvocation',
});

export function nameNudgeRule(rule: string): string {
  return Object.hasOwn(NUDGE_RULE_NAMES, rule) ? NUDGE_RULE_NAMES[rule]! : rule;
}
