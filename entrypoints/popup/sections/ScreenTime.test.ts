import { describe, expect, it } from 'vitest';
import { compareToAverage } from './ScreenTime';

const MIN = 60_000;

describe("today's screen time against the 7-day average", () => {
  it('only names the average while today is under it: the day is not over', () => {
    expect(compareToAverage(60 * MIN, 200 * MIN)).toBe('your 7-day average is 3 h 20 min a day');
  });

  it('says when today is about at the average, or over it by how much', () => {
    expect(compareToAverage(195 * MIN, 200 * MIN)).toBe('about your 7-day average (3 h 20 min)');
    expect(compareToAverage(270 * MIN, 200 * MIN)).toBe('35% above your 7-day average (3 h 20 min)');
  });
});
