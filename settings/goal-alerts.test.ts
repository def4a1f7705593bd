import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { goalAlerts, goalAlertsShownItem, readAlertedOn, recordAlertedOn, setGoalAlerts } from './goal-alerts';
import { releasePermissionIfUnused } from './permission-release';
import { setTypingEverywhere, typingEverywhere } from './typing-everywhere';
import { setWeeklyReminder, weeklyReminder } from './weekly-reminder';

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
    expect(await releasePermissionIfUnused(goalAlerts)).toBe(false);
    await setWeeklyReminder({ isOn: false });
    expect(await releasePermissionIfUnused(goalAlerts)).toBe(false);
    await setGoalAlerts(false);
    expect(await releasePermissionIfUnused(goalAlerts)).toBe(true);
    expect(removed).toBe(1);
  });

  it('is given back from either side, and typing on any site gives back its own whatever the notifications do', async () => {
    await setGoalAlerts(true);
    expect(await releasePermissionIfUnused(weeklyReminder)).toBe(false);
    await setGoalAlerts(false);
    expect(await releasePermissionIfUnused(weeklyReminder)).toBe(true);
    await setWeeklyReminder({ isOn: true });
    await setTypingEverywhere(false);
    expect(await releasePermissionIfUnused(typingEverywhere)).toBe(true);
    expect(removed).toBe(2);
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
