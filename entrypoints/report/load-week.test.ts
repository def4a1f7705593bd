import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedHistory } from '../../backup/import-test-kit';
import { openDb, type RealignDb } from '../../storage/db';
import { informationDiet, weekTotals } from '../../storage/read-days';
import { computeWeek } from '../../summary/week-figures';
import { loadWeek } from './load-week';

describe('the week as the page reads it', () => {
  let db: RealignDb;
  beforeEach(async () => {
    db = openDb(`load-week-${Math.random()}`);
    await seedHistory(db, 21, 20);
  });
  afterEach(async () => {
    await db.delete();
  });

  it('shows the stored figures of the week and the week before', async () => {
    const week = computeWeek(await loadWeek(db, '2026-11-19', '2026-11-24'));
    const stored = await weekTotals(db, '2026-11-16');
    const before = await weekTotals(db, '2026-11-09');
    expect(week.monday).toBe('2026-11-16');
    expect(week.soFar).toBe(false);
    expect([week.screenMs, week.consumeMs, week.createMs]).toEqual([stored.screenMs, stored.consumeMs, stored.createMs + stored.offlineCreateMs]);
    expect([week.previousScreenMs, week.postsSeen]).toEqual([before.screenMs, stored.postsSeen]);
    const diet = await informationDiet(db, stored.days.map((d) => d.date));
    expect(week.diet.find((row) => row.category === 'outrage')!.share).toBe(diet.shares.outrage);
    // Two nudge events fall in this week (the 20th and the 22nd); the one on the 23rd does not.
    expect(week.nudges.rules).toEqual([{ rule: 'take-a-break', daysShown: 0, acted: 0, snoozed: 0, dismissed: 2, switchedOff: 0, unanswered: 0 }]);
    // So do two intention answers ("Catch up"), for the Markdown export's "What you came for"; the skip on the 23rd does not.
    expect(week.intentions).toMatchObject({ 'catch-up': { stretches: 2 }, skip: { stretches: 0 } });
  });

  it('has no intention figures in a week without answers', async () => {
    expect(computeWeek(await loadWeek(db, '2026-11-02', '2026-11-24')).intentions).toBeNull();
  });

  it('compares the week in progress with the same days of the week before, not with all of it', async () => {
    const week = computeWeek(await loadWeek(db, '2026-11-16', '2026-11-18'));
    const before = await weekTotals(db, '2026-11-09');
    const mondayToWednesday = before.days.slice(0, 3);
    expect(week.soFar).toBe(true);
    expect(week.previousScreenMs).toBe(mondayToWednesday.reduce((sum, day) => sum + day.screenMs, 0));
    expect(week.previousScreenMs).toBeLessThan(before.screenMs);
    expect(week.previousPostsSeen).toBe(mondayToWednesday.reduce((sum, day) => sum + day.postsSeen, 0));
    // The week's own figures are all of its days, whatever today is.
    expect(week.screenMs).toBe((await weekTotals(db, '2026-11-16')).screenMs);
  });

  it('on Sunday, the week in progress has had all its days: all of the week before, still "so far"', async () => {
    const week = computeWeek(await loadWeek(db, '2026-11-16', '2026-11-22'));
    expect([week.soFar, week.previousScreenMs]).toEqual([true, (await weekTotals(db, '2026-11-09')).screenMs]);
  });

  it('compares a whole week with the whole week before once it is over, or before it began', async () => {
    const before = await weekTotals(db, '2026-11-09');
    for (const today of ['2026-11-23', '2026-11-01']) {
      const week = computeWeek(await loadWeek(db, '2026-11-16', today));
      expect([week.soFar, week.previousScreenMs]).toEqual([false, before.screenMs]);
    }
  });
});
