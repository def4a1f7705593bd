import { describe, expect, it } from 'vitest';
import { cleanPausePrefs, DEFAULT_PAUSE_PREFS } from './pause-cards';

describe('pause card settings', () => {
  it('are both triggers on at 20 minutes by default, and for anything unreadable', () => {
    expect(DEFAULT_PAUSE_PREFS).toEqual({ isStretchOn: true, isProvocationOn: true, thresholdMinutes: 20 });
    expect(cleanPausePrefs(undefined)).toEqual(DEFAULT_PAUSE_PREFS);
    expect(cleanPausePrefs({ isStretchOn: 'no', thresholdMinutes: 2.5 })).toEqual(DEFAULT_PAUSE_PREFS);
  });

  it('keep what the person chose, within 1 to 240 minutes', () => {
    expect(cleanPausePrefs({ isStretchOn: false, isProvocationOn: true, thresholdMinutes: 45 })).toEqual({ isStretchOn: false, isProvocationOn: true, thresholdMinutes: 45 });
    expect(cleanPausePrefs({ thresholdMinutes: 0 }).thresholdMinutes).toBe(20);
    expect(cleanPausePrefs({ thresholdMinutes: 241 }).thresholdMinutes).toBe(20);
  });
});
