import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readReviewData, type ReviewData } from '../review/review-data';
import { readGoalAlerts, setGoalAlerts } from '../settings/goal-alerts';
import { setGoal } from '../settings/goals';
import { setNudgeSwitchedOff } from '../settings/nudge-prefs';
import { openDb, type RealignDb } from '../storage/db';
import { NOW, seedHistory } from '../backup/import-test-kit';
import { alertPassedGoals, GOAL_ALERT_PREFIX } from './goal-alerts';

const HOUR = 3_600_000;

/** The fake browser has no notifications or permissions: keep what would have been shown. */
function fakeNotifications(isPermitted: boolean): { id: string; title: string; message: string }[] {
  const shown: { id: string; title: string; message: string }[] = [];
  fakeBrowser.permissions.contains = async () => isPermitted;
  const create = async (id: string, options: { title: string; message: string }) => {
    shown.push({ id, title: options.title, message: options.message });
    return id;
  };
  fakeBrowser.notifications.create = create as unknown as typeof fakeBrowser.notifications.create;
  return shown;
}

describe('goal alerts', () => {
  let db: RealignDb;
  let data: ReviewData;
  beforeEach(async () => {
    fakeBrowser.reset();
    db = openDb(`alerts-${Math.random()}`);
    await seedHistory(db, 3, 20);
    data = await readReviewData(db, NOW);
    // A goal just under today's screen time, so it is passed.
    await setGoal('screenMinutes', Math.max(15, Math.floor(data.today.screenMs / 60_000) - 1));
  });
  afterEach(async () => {
    await db.delete();
  });

  it('shows nothing while alerts are off, which they are unless turned on', async () => {
    const shown = fakeNotifications(true);
    await alertPassedGoals(data, NOW);
    expect(shown).toEqual([]);
  });

  it("shows a passed goal once a day, in the popup's words, and again the next day", async () => {
    expect(data.today.screenMs).toBeGreaterThan(15 * 60_000);
    const shown = fakeNotifications(true);
    await setGoalAlerts(true);
    await alertPassedGoals(data, NOW);
    expect(shown).toHaveLength(1);
    expect(shown[0]).toMatchObject({ id: `${GOAL_ALERT_PREFIX}screen-time`, title: 'Realign: a goal passed' });
    expect(shown[0]!.message).toMatch(/in the browser today, past your .+ goal\./);

    await alertPassedGoals(data, NOW + HOUR);
    expect(shown).toHaveLength(1);

    await alertPassedGoals(data, NOW + 24 * HOUR);
    expect(shown).toHaveLength(2);
  });

  it('shows nothing for a suggestion the person turned off', async () => {
    const shown = fakeNotifications(true);
    await setGoalAlerts(true);
    await setNudgeSwitchedOff('screen-time', true);
    await alertPassedGoals(data, NOW);
    expect(shown).toEqual([]);
  });

  it('turns itself off when the permission was taken back in the browser', async () => {
    const shown = fakeNotifications(false);
    await setGoalAlerts(true);
    await alertPassedGoals(data, NOW);
    expect(shown).toEqual([]);
    expect(await readGoalAlerts()).toBe(false);
  });
});
