// Berlin: 29 March 2026 has 23 hours, 25 October 2026 has 25. Set before any Date is made.
process.env.TZ = 'Europe/Berlin';

import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Piece } from '../activity/tracker-state';
import { recordActivity } from './activity-history';
import { openDb, type RealignDb } from './db';
import { dayTotals } from './read-days';

const HOUR = 3_600_000;
const piece = (from: number, to: number, extra: Partial<Piece> = {}): Piece => ({
  segmentStart: from, host: 'youtube.com', activity: 'consume', from, to, ...extra,
});

describe('activity history', () => {
  let db: RealignDb;
  beforeEach(() => {
    db = openDb(`activity-${Math.random()}`);
  });
  afterEach(async () => {
    await db.delete();
  });

  it('splits time at local midnight into each day\'s rollup', async () => {
    const from = new Date(2026, 10, 22, 23, 40).getTime();
    await recordActivity(db, [piece(from, from + 30 * 60_000)]);
    expect((await dayTotals(db, '2026-11-22')).consumeMs).toBe(20 * 60_000);
    expect((await dayTotals(db, '2026-11-23')).consumeMs).toBe(10 * 60_000);
    expect(await db.days.get('2026-11-23')).toMatchObject({ sites: { 'youtube.com': { ms: 10 * 60_000, activity: 'consume' } } });
  });

  it('fills a 23 h and a 25 h day exactly, around the daylight-saving changes', async () => {
    const spring = new Date(2026, 2, 29).getTime();
    const autumn = new Date(2026, 9, 25).getTime();
    // A whole day of counting (an audible stream left on), handed over in hourly pieces.
    const hourly = (start: number, hours: number) =>
      Array.from({ length: hours }, (_, i) => piece(start + i * HOUR, start + (i + 1) * HOUR, { segmentStart: start }));
    await recordActivity(db, hourly(spring, 24));
    await recordActivity(db, hourly(autumn, 26));
    expect((await dayTotals(db, '2026-03-29')).consumeMs).toBe(23 * HOUR);
    expect((await dayTotals(db, '2026-03-30')).consumeMs).toBe(1 * HOUR);
    expect((await dayTotals(db, '2026-10-25')).consumeMs).toBe(25 * HOUR);
    expect((await dayTotals(db, '2026-10-26')).consumeMs).toBe(1 * HOUR);
  });

  it('extends one segment row piece by piece, and counts nothing twice when a flush is repeated', async () => {
    const t = new Date(2026, 10, 23, 10, 0).getTime();
    const one = { segmentStart: t };
    const first = [piece(t, t + 60_000, one), piece(t + 60_000, t + 120_000, one)];
    await recordActivity(db, first);
    // The worker died after writing but before forgetting its queue: the same pieces come again.
    await recordActivity(db, [...first, piece(t + 120_000, t + 150_000, one)]);
    expect(await db.segments.toArray()).toEqual([{ id: `${t}:youtube.com`, start: t, end: t + 150_000, host: 'youtube.com', activity: 'consume' }]);
    expect((await dayTotals(db, '2026-11-23')).consumeMs).toBe(150_000);
  });

  it('keeps creating and consuming on one site apart, and names the site by where most time went', async () => {
    const t = new Date(2026, 10, 23, 10, 0).getTime();
    await recordActivity(db, [
      piece(t, t + 60_000, { host: 'x.com' }),
      piece(t + 60_000, t + 240_000, { host: 'x.com', activity: 'create', segmentStart: t + 60_000 }),
    ]);
    const day = await dayTotals(db, '2026-11-23');
    expect([day.consumeMs, day.createMs]).toEqual([60_000, 180_000]);
    expect((await db.days.get('2026-11-23'))?.sites['x.com']).toEqual({
      ms: 240_000, activity: 'create', activityMs: { consume: 60_000, create: 180_000, neutral: 0 },
    });
  });
});
