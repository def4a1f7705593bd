import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { cleanWeeklyReminder, DEFAULT_WEEKLY_REMINDER, readWeeklyReminder, setWeeklyReminder } from './weekly-reminder';

describe('the weekly reminder setting', () => {
  beforeEach(() => fakeBrowser.reset());

  it('is off by default, set for Sunday 18:00', async () => {
    expect(await readWeeklyReminder()).toEqual({ isOn: false, weekday: 0, hour: 18, minute: 0 });
  });

  it('stores a day and time, and refuses ones that do not exist', async () => {
    await setWeeklyReminder({ isOn: true, weekday: 5, hour: 17, minute: 30 });
    expect(await readWeeklyReminder()).toEqual({ isOn: true, weekday: 5, hour: 17, minute: 30 });
    await expect(setWeeklyReminder({ hour: 24 })).rejects.toThrow(RangeError);
    await expect(setWeeklyReminder({ weekday: 7 })).rejects.toThrow(RangeError);
    expect(await readWeeklyReminder()).toEqual({ isOn: true, weekday: 5, hour: 17, minute: 30 });
  });

  it('reads a corrupt value as the default, which is off', async () => {
    await fakeBrowser.storage.local.set({ weeklyReminder: { isOn: 'yes', weekday: 1, hour: 9, minute: 0 } });
    expect(await readWeeklyReminder()).toEqual(DEFAULT_WEEKLY_REMINDER);
    expect(cleanWeeklyReminder({ isOn: true, weekday: 1, hour: 9.5, minute: 0 })).toEqual(DEFAULT_WEEKLY_REMINDER);
    expect(cleanWeeklyReminder(null)).toEqual(DEFAULT_WEEKLY_REMINDER);
  });
});
