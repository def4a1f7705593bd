import { describe, expect, it } from 'vitest';
import { stretchMs } from './stretch';

const MIN = 60_000;
const at = (minutes: number) => 1_800_000_000_000 + minutes * MIN;
const span = (from: number, to: number) => ({ start: at(from), end: at(to) });

describe('the stretch on a consuming site', () => {
  it('is the counted time of the run reaching now', () => {
    expect(stretchMs([span(0, 25)], at(25))).toBe(25 * MIN);
  });

  it('goes on across a short tab switch, counting only the time on the site', () => {
    // 10 min on the feed, 3 min in another tab, 12 min back on the feed.
    expect(stretchMs([span(0, 10), span(13, 25)], at(25))).toBe(22 * MIN);
  });

  it('ends after 5 minutes away: idle, another tab or another application', () => {
    expect(stretchMs([span(0, 30), span(35, 40)], at(40))).toBe(5 * MIN);
    expect(stretchMs([span(0, 30)], at(35))).toBe(0);
  });

  it('is still running 4 minutes after the last counted moment (the next checkpoint is up to a minute away)', () => {
    expect(stretchMs([span(0, 20)], at(24))).toBe(20 * MIN);
  });

  it('runs across midnight as one stretch, segments split at the day boundary or not', () => {
    const midnight = new Date(2027, 0, 1).getTime();
    const before = { start: midnight - 15 * MIN, end: midnight };
    const after = { start: midnight, end: midnight + 10 * MIN };
    expect(stretchMs([before, after], midnight + 10 * MIN)).toBe(25 * MIN);
  });

  it('counts overlapping pieces once (a stored segment and the open piece still being counted)', () => {
    expect(stretchMs([span(0, 18), span(0, 20), span(17, 21)], at(21))).toBe(21 * MIN);
  });

  it('ignores time after now and empty spans', () => {
    expect(stretchMs([span(0, 30), span(5, 5)], at(20))).toBe(20 * MIN);
    expect(stretchMs([], at(20))).toBe(0);
  });
});
