import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readWeeklyReminder, setWeeklyReminder } from '../settings/weekly-reminder';
import { nextWeeklyTime } from '../activity/reminder-schedule';
import { REMINDER_ALARM, syncWeeklyReminder } from './weekly-reminder';

/** The fake browser leaves permissions unimplemented: answer as the person would have. */
function permitNotifications(isPermitted: boolean) {
  fakeBrowser.permissions.contains = async () => isPermitted;
}

describe('the weekly reminder alarm', () => {
  beforeEach(() => fakeBrowser.reset());
  const now = Date.parse('2026-11-25T12:00:00Z');

  it('sets no alarm while the reminder is off', async () => {
    permitNotifications(true);
    await syncWeeklyReminder(now);
    expect(await fakeBrowser.alarms.get(REMINDER_ALARM)).toBeUndefined();
  });

  it('sets one alarm at the next chosen weekday and time, and moves it when the time changes', async () => {
    permitNotifications(true);
    await setWeeklyReminder({ isOn: true, weekday: 5, hour: 17, minute: 30 });
    await syncWeeklyReminder(now);
    expect((await fakeBrowser.alarms.get(REMINDER_ALARM))?.scheduledTime).toBe(nextWeeklyTime(now, { weekday: 5, hour: 17, minute: 30 }));
    await setWeeklyReminder({ weekday: 1 });
    await syncWeeklyReminder(now);
    expect((await fakeBrowser.alarms.get(REMINDER_ALARM))?.scheduledTime).toBe(nextWeeklyTime(now, { weekday: 1, hour: 17, minute: 30 }));
  });

  it('clears the alarm when turned off', async () => {
    permitNotifications(true);
    await setWeeklyReminder({ isOn: true });
    await syncWeeklyReminder(now);
    await setWeeklyReminder({ isOn: false });
    await syncWeeklyReminder(now);
    expect(await fakeBrowser.alarms.get(REMINDER_ALARM)).toBeUndefined();
  });

  it('turns the setting off when the permission was taken back in the browser', async () => {
    permitNotifications(false);
    await setWeeklyReminder({ isOn: true });
    await syncWeeklyReminder(now);
    expect((await readWeeklyReminder()).isOn).toBe(false);
  });
});
