import { describe, expect, it } from 'vitest';
import { formatMinutes } from './format-minutes';

// Vitest has no browser i18n: these are the English messages from public/_locales/en.
describe('durations in words', () => {
  it('round to the minute, with hours past sixty', () => {
    expect(formatMinutes(0)).toBe('0 min');
    expect(formatMinutes(44 * 60_000 + 40_000)).toBe('45 min');
    expect(formatMinutes(60 * 60_000)).toBe('1 h');
    expect(formatMinutes(80 * 60_000)).toBe('1 h 20 min');
  });

  it('say "< 1 min" for a few seconds, so counted time never reads as nothing', () => {
    expect(formatMinutes(12_000)).toBe('< 1 min');
    expect(formatMinutes(29_999)).toBe('< 1 min');
    expect(formatMinutes(30_000)).toBe('1 min');
  });
});
