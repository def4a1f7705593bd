import { describe, expect, it } from 'vitest';
import { weekOf } from '../activity/local-day';
import { sumTotals } from '../figures/day-totals';
import { summariseWeek } from './summary-sentences';
import { computeWeek } from './week-figures';
import { dayOf, dietOf, MONDAY, weekData } from './week-test-kit';

const at = (day: number, hour: number) => new Date(2026, 10, day, hour).getTime();

describe('the weekly summary in words', () => {
  it('says an empty week kindly, in one sentence', () => {
    expect(summariseWeek(computeWeek(weekData()))).toEqual(['Nothing was recorded this week. Time and posts appear here as you browse with Realign.']);
  });

  it('reads like the issue\'s example', () => {
    const dates = weekOf(MONDAY);
    const days = dates.map((date, i) => dayOf(date, i === 0 ? { consume: 9, create: 2, offline: 4 / 3 } : {}));
    const previous = sumTotals([dayOf('2026-11-09', { consume: 12, create: 1 })]);
    const week = computeWeek(weekData({ days, previous, diet: dietOf(100, { outrage: 11, ai: 5 }), previousDiet: dietOf(200, { outrage: 36, ai: 10 }) }));
    expect(summariseWeek(week)).toEqual([
      'You created 3 h 20 min (1 h 20 min of it offline) and consumed 9 h.',
      'Screen time was 11 h, 2 h less than the week before.',
      'Outrage fell from 18% to 11% of what you saw.',
    ]);
  });

  it('picks the largest change in the diet, and says a steady share is steady', () => {
    const days = weekOf(MONDAY).map((date) => dayOf(date, { consume: 1 }));
    const previous = sumTotals(weekOf('2026-11-09').map((date) => dayOf(date, { consume: 1.02 })));
    const rising = computeWeek(weekData({ days, previous, diet: dietOf(100, { outrage: 10, scam: 6 }), previousDiet: dietOf(100, { outrage: 11, scam: 1 }) }));
    expect(summariseWeek(rising).slice(1)).toEqual(['Screen time was 7 h, about the same as the week before.', 'Scams rose from 1% to 6% of what you saw.']);
    const steady = computeWeek(weekData({ days, diet: dietOf(100, { fear: 10 }), previousDiet: dietOf(50, { fear: 5 }) }));
    expect(summariseWeek(steady)).toContain('Fear was 10% of what you saw, as the week before.');
  });

  it('while the week is in progress, speaks of it so far and of the same days of the week before', () => {
    const days = weekOf(MONDAY).map((date, i) => dayOf(date, i < 2 ? { consume: 1.5 } : {}));
    const mondayAndTuesday = sumTotals(weekOf('2026-11-09').slice(0, 2).map((date) => dayOf(date, { consume: 2 })));
    const week = computeWeek(weekData({ days, daysSoFar: 2, previous: mondayAndTuesday }));
    expect(summariseWeek(week)[1]).toBe('So far this week, screen time is 3 h, 1 h less than on the same days of the week before.');
    const alone = computeWeek(weekData({ days, daysSoFar: 2 }));
    expect(summariseWeek(alone)[1]).toBe('So far this week, screen time is 3 h.');
  });

  it('speaks of the diet without a week to compare, and of a clean feed', () => {
    const first = computeWeek(weekData({ diet: dietOf(40, { clickbait: 6, fear: 2 }) }));
    expect(summariseWeek(first)).toEqual(['Clickbait was 15% of the 40 posts you saw.']);
    const clean = computeWeek(weekData({ diet: dietOf(1) }));
    expect(summariseWeek(clean)).toEqual(['The one post you saw was not flagged.']);
    expect(summariseWeek(computeWeek(weekData({ diet: dietOf(3) })))).toEqual(['None of the 3 posts you saw was flagged.']);
  });

  it('says nothing was created when nothing was, and counts the nudges', () => {
    const days = weekOf(MONDAY).map((date, i) => dayOf(date, i === 2 ? { consume: 0.75 } : {}));
    const nudges = [
      { rule: 'take-a-break', action: 'shown' as const, at: at(16, 10) },
      { rule: 'take-a-break', action: 'acted' as const, at: at(16, 10) },
      { rule: 'late-night', action: 'shown' as const, at: at(17, 23) },
      { rule: 'late-night', action: 'shown' as const, at: at(18, 23) },
      { rule: 'late-night', action: 'snoozed' as const, at: at(18, 23) },
    ];
    expect(summariseWeek(computeWeek(weekData({ days, nudges })))).toEqual([
      'You consumed 45 min and created nothing Realign could see.',
      'Screen time was 45 min.',
      'You took 1 nudge and set 2 aside.',
    ]);
  });
});
