import { describe, expect, it } from 'vitest';
import { tallyNudges } from './nudge-tally';

const at = (day: number, hour: number) => new Date(2026, 10, day, hour).getTime();

describe('what became of the nudges', () => {
  it('counts answers, and a day shown without an answer as unanswered once', () => {
    const tally = tallyNudges([
      { rule: 'screen-time', action: 'shown', at: at(16, 9) },
      { rule: 'screen-time', action: 'shown', at: at(16, 15) },
      { rule: 'screen-time', action: 'shown', at: at(17, 9) },
      { rule: 'screen-time', action: 'dismissed', at: at(17, 9) },
      { rule: 'late-night', action: 'shown', at: at(18, 23) },
      { rule: 'late-night', action: 'switched-off', at: at(18, 23) },
      { rule: 'take-a-break', action: 'acted', at: at(19, 11) },
    ]);
    expect(tally.rules).toEqual([
      { rule: 'screen-time', daysShown: 2, acted: 0, snoozed: 0, dismissed: 1, switchedOff: 0, unanswered: 1 },
      { rule: 'late-night', daysShown: 1, acted: 0, snoozed: 0, dismissed: 0, switchedOff: 1, unanswered: 0 },
      { rule: 'take-a-break', daysShown: 0, acted: 1, snoozed: 0, dismissed: 0, switchedOff: 0, unanswered: 0 },
    ]);
    expect([tally.taken, tally.setAside]).toEqual([1, 3]);
  });
});
