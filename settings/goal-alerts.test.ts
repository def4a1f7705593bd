import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { goalAlertsShownItem, readAlertedOn, recordAlertedOn, releaseNotificationsIfUnused, setGoalAlerts } from './goal-alerts';
import { setWeeklyReminder } from './weekly-reminder';

describe('the notifications permission, shared by goal alerts and the weekly reminder', () => {
  let removed: number;
  beforeEach(() => {
    fakeBrowser.reset();
    removed = 0;
    fakeBrowser.permissions.remove = async () => {
      removed++;
      return true;
    };
  });

  it('is given back only when neither uses it', async () => {
    await setGoalAlerts(true);
    await setWeeklyReminder({ isOn: true });
    expect(await releaseNotificationsIfUnused()).toBe(false);
    await setWeeklyReminder({ isOn: false });
    expect(await releaseNotificationsIfUnused()).toBe(false);
    await setGoalAlerts(false);
    expect(await releaseNotificationsIfUnused()).toBe(true);
    expect(removed).toBe(1);
  });
});

describe('the record of alerts shown', () => {
  beforeEach(() => fakeBrowser.reset());

  it('holds for its own day only, and a corrupt record counts as none', async () => {
    await recordAlertedOn('2026-11-23', ['screen-time']);
    expect(await readAlertedOn('2026-11-23')).toEqual(['screen-time']);
    expect(await readAlertedOn('2026-11-24')).toEqual([]);
    await goalAlertsShownItem.setValue({ day: '2026-11-24', rules: ['screen-time', 'not-a-rule', 7] } as never);
    expect(await readAlertedOn('2026-11-24')).toEqual(['screen-time']);
    await goalAlertsShownItem.setValue('garbage' as never);
    expect(await readAlertedOn('2026-11-24')).toEqual([]);
  });
});
