/**
 * What became of the week's nudges. The popup notes `shown` every time it opens with a nudge in
 * it, so a rule shown on a day and never answered that day counts once as left unanswered.
 */
import { dayKeyOf } from '../activity/local-day';
import type { NudgeEventRow } from '../figures/rows';

export interface NudgeCounts {
  rule: string;
  /** Days the nudge was on show. */
  daysShown: number;
  acted: number;
  snoozed: number;
  dismissed: number;
  switchedOff: number;
  /** Days it was shown and got no answer. */
  unanswered: number;
}

export interface NudgeTally {
  rules: NudgeCounts[];
  taken: number;
  /** Snoozed, dismissed, switched off or left unanswered. */
  setAside: number;
}

export function tallyNudges(events: readonly Pick<NudgeEventRow, 'rule' | 'action' | 'at'>[]): NudgeTally {
  const byRule = new Map<string, { shownDays: Set<string>; answeredDays: Set<string>; counts: NudgeCounts }>();
  for (const event of events) {
    const entry = byRule.get(event.rule) ?? {
      shownDays: new Set<string>(),
      answeredDays: new Set<string>(),
      counts: { rule: event.rule, daysShown: 0, acted: 0, snoozed: 0, dismissed: 0, switchedOff: 0, unanswered: 0 },
    };
    byRule.set(event.rule, entry);
    const day = dayKeyOf(event.at);
    if (event.action === 'shown') entry.shownDays.add(day);
    else {
      entry.answeredDays.add(day);
      if (event.action === 'switched-off') entry.counts.switchedOff += 1;
      else entry.counts[event.action] += 1;
    }
  }
  const rules = [...byRule.values()].map(({ shownDays, answeredDays, counts }) => ({
    ...counts,
    daysShown: shownDays.size,
    unanswered: [...shownDays].filter((day) => !answeredDays.has(day)).length,
  }));
  rules.sort((a, b) => b.daysShown - a.daysShown || a.rule.localeCompare(b.rule));
  const taken = rules.reduce((sum, r) => sum + r.acted, 0);
  const setAside = rules.reduce((sum, r) => sum + r.snoozed + r.dismissed + r.switchedOff + r.unanswered, 0);
  return { rules, taken, setAside };
}
