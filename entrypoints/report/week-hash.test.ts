import { describe, expect, it } from 'vitest';
import { readWeekFromHash } from './week-hash';

describe('the week in the address', () => {
  const now = new Date(2026, 10, 26, 12).getTime();
  it('opens the Monday of the day named, or this week', () => {
    expect(readWeekFromHash('#2026-11-19', now)).toBe('2026-11-16');
    expect(readWeekFromHash('', now)).toBe('2026-11-23');
    expect(readWeekFromHash('#nonsense', now)).toBe('2026-11-23');
  });
});
