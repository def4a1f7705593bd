import { describe, expect, it } from 'vitest';
import { BREAK_MS, unbrokenTime } from './unbroken-time';

const MIN = 60_000;

describe('unbroken time at the screen', () => {
  it('is zero after a break', () => {
    expect(unbrokenTime([{ start: 0, end: 60 * MIN }], 60 * MIN + BREAK_MS)).toBe(0);
    expect(unbrokenTime([], 1_000)).toBe(0);
  });

  it('runs across short gaps and site switches up to now', () => {
    const spans = [
      { start: 0, end: 30 * MIN },
      { start: 32 * MIN, end: 50 * MIN }, // two minutes away: not a break
      { start: 50 * MIN, end: 80 * MIN },
    ];
    expect(unbrokenTime(spans, 81 * MIN)).toBe(81 * MIN);
  });

  it('starts after the last real break', () => {
    const spans = [
      { start: 0, end: 30 * MIN },
      { start: 40 * MIN, end: 70 * MIN }, // ten minutes away before this one
    ];
    expect(unbrokenTime(spans, 70 * MIN)).toBe(30 * MIN);
  });
});
