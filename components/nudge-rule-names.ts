/** How each nudge rule is named to the person in the weekly summary. Unknown rules show as stored. */
export const NUDGE_RULE_NAMES: Record<string, string> = {
  'manipulation-run': 'A run of manipulative posts',
  'take-a-break': 'Take a break',
  'site-limit': 'Daily limit for a site',
  'consume-create': 'Make something',
  'late-night': 'Late night',
  'screen-time': 'Screen time goal',
};

export function nameNudgeRule(rule: string): string {
  return Object.hasOwn(NUDGE_RULE_NAMES, rule) ? NUDGE_RULE_NAMES[rule]! : rule;
}
