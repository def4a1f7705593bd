import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { cleanSwitchedOff, readSwitchedOffNudges, setNudgeSwitchedOff } from './nudge-prefs';

describe('nudges switched off', () => {
  beforeEach(() => fakeBrowser.reset());

  it('start with every nudge on, and switch one off and on again', async () => {
    expect(await readSwitchedOffNudges()).toEqual([]);
    await setNudgeSwitchedOff('late-night', true);
    await setNudgeSwitchedOff('screen-time', true);
    await setNudgeSwitchedOff('late-night', false);
    expect(await readSwitchedOffNudges()).toEqual(['screen-time']);
  });

  it('read a corrupt value as "all on", keeping the known rules of a list', async () => {
    await fakeBrowser.storage.local.set({ switchedOffNudges: 'late-night' });
    expect(await readSwitchedOffNudges()).toEqual([]);
    expect(cleanSwitchedOff(['late-night', 'nag-forever', 3, 'late-night'])).toEqual(['late-night']);
  });
});
