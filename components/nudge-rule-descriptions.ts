import type { NudgeRule } from '../nudges/nudge';

/** What makes each nudge appear, in the person's terms (nudges/rules/*); shown in the settings. */
export const NUDGE_RULE_DESCRIPTIONS: Record<NudgeRule, string> = {
  'manipulation-run': 'When 4 of the last 10 posts you saw were rage bait, fear, clickbait, ad pressure, scams or engagement bait.',
  'take-a-break': 'When you have been at the screen longer than your break goal without five minutes away.',
  'site-limit': 'When today\'s time on a site passes the daily limit you set for it (under Goals).',
  'consume-create': 'After half an hour of consuming, when you made far less than your create-for-consume goal.',
  'late-night': 'When you have been scrolling for ten minutes after your late-night hour, until 5:00.',
  'screen-time': 'When today\'s browser time passes your screen-time goal.',
};
