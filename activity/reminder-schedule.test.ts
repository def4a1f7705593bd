import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nextWeeklyTime } from './reminder-schedule';

// A zone with daylight saving (last Sunday of March and of October), whatever the machine's own.
let previousTz: string | undefined;
beforeAll(() => {
  previousTz = process.env.TZ;
  process.env.TZ = 'Europe/Berlin';
});
afterAll(() => {
  if (previousTz === undefined) delete process.env.TZ;
  else process.env.TZ = previousTz;
});

const at = (iso: string) => Date.parse(iso);
const SUNDAY_18 = { weekday: 0, hour: 18, minute: 0 };

describe('the next weekly reminder', () => {
  it('is later the same day when the time is still ahead', () => {
    // Sunday 22 March 2026, 10:00 in Berlin (CET, UTC+1).
    expect(new Date(nextWeeklyTime(at('2026-03-22T09:00:00Z'), SUNDAY_18)).toISOString()).toBe('2026-03-22T17:00:00.000Z');
  });

  it('is a week later when the moment itself has just passed', () => {
    expect(nextWeeklyTime(at('2026-03-22T17:00:00Z'), SUNDAY_18)).toBe(at('2026-03-29T16:00:00Z'));
  });

  it('stays at 18:00 local across the spring change: 6 days 23 hours later, not 7 days', () => {
    const first = at('2026-03-22T17:00:00Z');
    const next = nextWeeklyTime(first, SUNDAY_18);
    expect(next - first).toBe((7 * 24 - 1) * 3_600_000);
    expect(new Date(next).getHours()).toBe(18);
  });

  it('stays at 18:00 local across the autumn change: 7 days 1 hour later', () => {
    const first = at('2026-10-18T16:00:00Z'); // Sunday 18:00 CEST
    expect(nextWeeklyTime(first, SUNDAY_18) - first).toBe((7 * 24 + 1) * 3_600_000);
  });

  it('moves a time inside the spring-forward gap forward by the gap', () => {
    // Sunday 29 March 2026: 02:00–03:00 does not exist in Berlin; 02:30 is read as 03:30 CEST.
    const next = nextWeeklyTime(at('2026-03-28T12:00:00Z'), { weekday: 0, hour: 2, minute: 30 });
    expect(new Date(next).toISOString()).toBe('2026-03-29T01:30:00.000Z');
  });

  it('finds every weekday within the coming week', () => {
    const now = at('2026-11-25T12:00:00Z'); // Wednesday
    for (let weekday = 0; weekday < 7; weekday++) {
      const next = nextWeeklyTime(now, { weekday, hour: 9, minute: 15 });
      expect(new Date(next).getDay()).toBe(weekday);
      expect(next).toBeGreaterThan(now);
      expect(next - now).toBeLessThanOrEqual(7 * 86_400_000);
    }
  });
});
