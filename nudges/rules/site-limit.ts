import { formatMinutes } from '../../text/format-minutes';
import { message } from '../../text/i18n';
import { defineNudgeRule, type NudgeContext, type NudgeWords } from '../nudge';

/** The site furthest past the daily limit the person set for it. */
export const siteLimit = defineNudgeRule({
  id: 'site-limit',
  name: 'nudgeRuleNameSiteLimit',
  about: 'nudgeRuleAboutSiteLimit',
  goalAlertOrder: 2,
  evaluate(context: NudgeContext): NudgeWords | null {
    let worst: { host: string; ms: number; limitMs: number } | null = null;
    for (const [host, minutes] of Object.entries(context.siteLimits)) {
      const ms = context.siteMs[host] ?? 0;
      const limitMs = minutes * 60_000;
      if (ms >= limitMs && (!worst || ms / limitMs > worst.ms / worst.limitMs)) worst = { host, ms, limitMs };
    }
    if (!worst) return null;
    return {
      text: message('nudgeSiteLimit', [formatMinutes(worst.ms), worst.host, formatMinutes(worst.limitMs)]),
      reason: message('nudgeSiteLimitWhy', [formatMinutes(worst.limitMs), worst.host]),
    };
  },
});
