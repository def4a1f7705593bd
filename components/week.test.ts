import { describe, expect, it } from 'vitest';
import { addWeeks, startOfWeek } from './week';

describe('local weeks', () => {
  it('start on the Monday before, at local midnight', () => {
    const start = startOfWeek(new Date(2026, 10, 26, 15, 30)); // Thursday 26 November 2026
    expect([start.getFullYear(), start.getMonth(), start.getDate(), start.getHours()]).toEqual([2026, 10, 23, 0]);
    expect(startOfWeek(new Date(2026, 10, 23, 0, 0)).getDate()).toBe(23);
    expect(startOfWeek(new Date(2026, 10, 29, 23, 59)).getDate()).toBe(23); // Sunday belongs to the week before
  });

  it('step by calendar weeks across month ends', () => {
    const next = addWeeks(new Date(2026, 10, 30), 1);
    expect([next.getMonth(), next.getDate(), next.getHours()]).toEqual([11, 7, 0]);
  });
});
