import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { cleanPausePrefs, DEFAULT_PAUSE_PREFS, readPausePrefs, setPauseCardsOnSite, setQuietHours } from './pause-cards';

describe('pause card settings', () => {
  it('are both triggers on at 20 minutes by default, and for anything unreadable', () => {
    expect(DEFAULT_PAUSE_PREFS).toEqual({ isStretchOn: true, isProvocationOn: true, thresholdMinutes: 20, offSites: [], quietHours: null });
    expect(cleanPausePrefs(undefined)).toEqual(DEFAULT_PAUSE_PREFS);
    expect(cleanPausePrefs({ isStretchOn: 'no', thresholdMinutes: 2.5 })).toEqual(DEFAULT_PAUSE_PREFS);
  });

  it('keep what the person chose, within 1 to 240 minutes', () => {
    expect(cleanPausePrefs({ isStretchOn: false, isProvocationOn: true, thresholdMinutes: 45 })).toEqual({ ...DEFAULT_PAUSE_PREFS, isStretchOn: false, thresholdMinutes: 45 });
    expect(cleanPausePrefs({ thresholdMinutes: 0 }).thresholdMinutes).toBe(20);
    expect(cleanPausePrefs({ thresholdMinutes: 241 }).thresholdMinutes).toBe(20);
  });

  it('keep the sites where cards are off, each once, dropping names Realign does not know', () => {
    expect(cleanPausePrefs({ offSites: ['x', 'reddit', 'x', 'myspace', 3] }).offSites).toEqual(['x', 'reddit']);
    expect(cleanPausePrefs({ offSites: 'x' }).offSites).toEqual([]);
  });

  it('keep quiet hours that cross midnight, and drop a pair that says nothing', () => {
    expect(cleanPausePrefs({ quietHours: { fromMinute: 1320, toMinute: 420 } }).quietHours).toEqual({ fromMinute: 1320, toMinute: 420 });
    expect(cleanPausePrefs({ quietHours: { fromMinute: 600, toMinute: 600 } }).quietHours).toBeNull();
    expect(cleanPausePrefs({ quietHours: { fromMinute: -1, toMinute: 420 } }).quietHours).toBeNull();
    expect(cleanPausePrefs({ quietHours: { fromMinute: 1440, toMinute: 420 } }).quietHours).toBeNull();
    expect(cleanPausePrefs({ quietHours: { fromMinute: 60.5, toMinute: 420 } }).quietHours).toBeNull();
  });
});

describe('saving pause card settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('turns cards off and on again for one site, leaving the others', async () => {
    await setPauseCardsOnSite('x', false);
    await setPauseCardsOnSite('youtube', false);
    await setPauseCardsOnSite('x', true);
    expect((await readPausePrefs()).offSites).toEqual(['youtube']);
  });

  it('refuses quiet hours from a time to the same time, and keeps what was there', async () => {
    await setQuietHours({ fromMinute: 1320, toMinute: 420 });
    await expect(setQuietHours({ fromMinute: 600, toMinute: 600 })).rejects.toThrow(RangeError);
    expect((await readPausePrefs()).quietHours).toEqual({ fromMinute: 1320, toMinute: 420 });
    await setQuietHours(null);
    expect((await readPausePrefs()).quietHours).toBeNull();
  });
});
