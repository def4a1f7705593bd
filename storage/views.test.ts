import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recordActivity } from './activity-history';
import { consumeVsCreate, dayTotals, topSites, weekTotals } from './read-days';
import { openDb, type RealignDb } from './db';
import { addManualEntry, listManualEntries, removeManualEntry } from './manual-entries';

const MIN = 60_000;
const at = (day: number, hour: number) => new Date(2026, 10, day, hour).getTime();
const spend = (db: RealignDb, day: number, host: string, activity: 'consume' | 'create' | 'neutral', minutes: number) =>
  recordActivity(db, [{ segmentStart: at(day, 10), host, activity, from: at(day, 10), to: at(day, 10) + minutes * MIN }]);

describe('the views\' queries', () => {
  let db: RealignDb;
  beforeEach(() => {
    db = openDb(`views-${Math.random()}`);
  });
  afterEach(async () => {
    await db.delete();
  });

  it('reads a day with nothing in it as zeros', async () => {
    expect(await dayTotals(db, '2026-11-23')).toMatchObject({ screenMs: 0, consumeMs: 0, postsSeen: 0 });
  });

  it('sums a Monday-first week and lists its seven days', async () => {
    // Monday 23 November 2026 to Sunday 29; the Sunday before belongs to the week before.
    await spend(db, 22, 'x.com', 'consume', 99);
    await spend(db, 23, 'x.com', 'consume', 30);
    await spend(db, 25, 'github.com', 'create', 45);
    await spend(db, 29, 'example.org', 'neutral', 5);
    const week = await weekTotals(db, '2026-11-26');
    expect(week.days.map((d) => d.date)).toEqual(['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27', '2026-11-28', '2026-11-29']);
    expect([week.consumeMs, week.createMs, week.neutralMs, week.screenMs]).toEqual([30 * MIN, 45 * MIN, 5 * MIN, 80 * MIN]);
  });

  it('ranks sites by time over the days asked', async () => {
    await spend(db, 23, 'x.com', 'consume', 30);
    await spend(db, 24, 'github.com', 'create', 45);
    await spend(db, 24, 'x.com', 'consume', 20);
    await spend(db, 24, 'example.org', 'neutral', 5);
    expect(await topSites(db, ['2026-11-23', '2026-11-24'], 2)).toEqual([
      { host: 'x.com', ms: 50 * MIN, activity: 'consume' },
      { host: 'github.com', ms: 45 * MIN, activity: 'create' },
    ]);
  });

  it('counts offline making as creating, and a mistaken entry can be taken back', async () => {
    await spend(db, 23, 'x.com', 'consume', 60);
    await spend(db, 23, 'github.com', 'create', 20);
    await addManualEntry(db, { kind: 'offline-create', minutes: 40, at: at(23, 18) });
    const oops = await addManualEntry(db, { kind: 'offline-create', minutes: 500, at: at(23, 18) });
    await addManualEntry(db, { kind: 'face-to-face', minutes: 0, at: at(23, 19) });
    await removeManualEntry(db, oops);
    expect(await consumeVsCreate(db, ['2026-11-23'])).toEqual({ consumeMs: 60 * MIN, createMs: 60 * MIN, offlineCreateMs: 40 * MIN, createShare: 0.5 });
    expect(await dayTotals(db, '2026-11-23')).toMatchObject({ createMs: 20 * MIN, offlineCreateMs: 40 * MIN, faceToFace: 1 });
    expect((await listManualEntries(db, '2026-11-23')).map((e) => e.kind)).toEqual(['offline-create', 'face-to-face']);
  });

  it('refuses a manual entry that cannot be right', async () => {
    await expect(addManualEntry(db, { kind: 'offline-create', minutes: 0, at: at(23, 9) })).rejects.toThrow();
    await expect(addManualEntry(db, { kind: 'offline-create', minutes: 24 * 60 + 1, at: at(23, 9) })).rejects.toThrow();
    expect(await db.manualEntries.count()).toBe(0);
  });
});
