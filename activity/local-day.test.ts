// Berlin: 29 March 2026 has 23 hours, 25 October 2026 has 25. Set before any Date is made.
process.env.TZ = 'Europe/Berlin';

import { describe, expect, it } from 'vitest';
import { addDays, dayKeyOf, splitByDay, startOfDayKey, weekOf } from './local-day';

const hours = (n: number) => n * 3_600_000;

describe('local days', () => {
  it('runs in Berlin time', () => {
    expect(new Date(Date.UTC(2026, 0, 1, 0, 0)).getTimezoneOffset()).toBe(-60);
  });

  it('splits a stretch at local midnight, not at UTC midnight', () => {
    const from = new Date(2026, 10, 22, 23, 30).getTime();
    const slices = splitByDay(from, from + hours(1));
    expect(slices.map((s) => [s.day, (s.to - s.from) / 60_000])).toEqual([
      ['2026-11-22', 30],
      ['2026-11-23', 30],
    ]);
  });

  it('knows the spring day has 23 hours and the autumn day 25', () => {
    const spring = startOfDayKey('2026-03-29');
    expect(startOfDayKey(addDays('2026-03-29', 1)) - spring).toBe(hours(23));
    const autumn = startOfDayKey('2026-10-25');
    expect(startOfDayKey(addDays('2026-10-25', 1)) - autumn).toBe(hours(25));
    // Two whole days of counting across each change land in the right days with the right lengths.
    expect(splitByDay(spring, spring + hours(47)).map((s) => [s.day, (s.to - s.from) / hours(1)])).toEqual([
      ['2026-03-29', 23],
      ['2026-03-30', 24],
    ]);
    expect(splitByDay(autumn, autumn + hours(49)).map((s) => [s.day, (s.to - s.from) / hours(1)])).toEqual([
      ['2026-10-25', 25],
      ['2026-10-26', 24],
    ]);
  });

  it('counts the repeated autumn hour once per real hour', () => {
    // 02:00–03:00 happens twice on 25 October: both real hours belong to that day.
    const before = new Date(2026, 9, 25, 1, 30).getTime();
    const slices = splitByDay(before, before + hours(3));
    expect(slices).toHaveLength(1);
    expect(slices[0]!.day).toBe('2026-10-25');
    expect(dayKeyOf(before + hours(3))).toBe('2026-10-25');
  });

  it('gives Monday-first weeks across a month and a year end', () => {
    expect(weekOf('2026-12-31')).toEqual([
      '2026-12-28', '2026-12-29', '2026-12-30', '2026-12-31', '2027-01-01', '2027-01-02', '2027-01-03',
    ]);
    expect(weekOf('2026-03-29')[0]).toBe('2026-03-23');
  });
});
