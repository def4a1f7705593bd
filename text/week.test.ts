import { describe, expect, it } from 'vitest';
import { formatWeekRange } from './week';

describe('a week as words', () => {
  it('runs from the Monday to the Sunday, across a month end', () => {
    const text = formatWeekRange('2026-11-30');
    expect(text).toMatch(/30/);
    expect(text).toMatch(/6/);
    expect(text).toMatch(/2026/);
  });
});
