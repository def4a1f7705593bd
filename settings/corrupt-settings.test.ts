import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { findCorruptSettings, readCorruptSettings } from './corrupt-settings';
import { readGoals, DEFAULT_GOALS } from './goals';
import { setLabelMode } from './label-modes';

const keysOf = (stored: Record<string, unknown>) => findCorruptSettings(stored).map((spec) => spec.key);

describe('noticing corrupt settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('finds nothing in a fresh profile or in values the settings wrote themselves', async () => {
    expect(await readCorruptSettings()).toEqual([]);
    await setLabelMode('scam', 'hide');
    expect(await readCorruptSettings()).toEqual([]);
    expect(keysOf({ goals: DEFAULT_GOALS, disabledSites: ['x'], keepSnippets: false, weeklyReminder: { isOn: true, weekday: 1, hour: 9, minute: 0 } })).toEqual([]);
  });

  it('names each setting whose stored value was partly or wholly unreadable', () => {
    expect(
      keysOf({
        goals: 'lots',
        labelModes: { scam: 'explode', fear: 'blur' },
        disabledSites: ['x', 'myspace'],
        idleSeconds: 2,
        keepSnippets: 'yes',
        weeklyReminder: { isOn: true, weekday: 9, hour: 9, minute: 0 },
      }),
    ).toEqual(['goals', 'labelModes', 'disabledSites', 'idleSeconds', 'keepSnippets', 'weeklyReminder']);
  });

  it('reads the note from storage, while the setting itself falls back to its default', async () => {
    await fakeBrowser.storage.local.set({ goals: { screenMinutes: -5 } });
    expect((await readCorruptSettings()).map((spec) => spec.key)).toEqual(['goals']);
    expect(await readGoals()).toEqual(DEFAULT_GOALS);
  });
});
