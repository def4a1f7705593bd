import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDb, type RealignDb } from './db';
import { intentionWeek, recordIntention } from './intentions';

const MIN = 60_000;
const MONDAY = new Date(2027, 0, 11).getTime();
const DAY = 86_400_000;

describe('the week\'s intentions against time spent', () => {
  let db: RealignDb;
  beforeEach(() => {
    db = openDb(`intentions-${Math.random()}`);
  });
  afterEach(async () => {
    await db.delete();
  });

  it('is nothing in a week without answers (the check is off by default)', async () => {
    expect(await intentionWeek(db, MONDAY, MONDAY + 7 * DAY)).toBeNull();
  });

  it('puts each answer beside the time of its stretch on its site, and leaves other weeks out', async () => {
    const t = MONDAY + 9 * 60 * MIN;
    await db.segments.bulkAdd([
      { id: `${t}:x.com`, start: t, end: t + 10 * MIN, host: 'x.com', activity: 'consume' },
      { id: `${t + 12 * MIN}:x.com`, start: t + 12 * MIN, end: t + 40 * MIN, host: 'x.com', activity: 'consume' },
      { id: `${t + DAY}:reddit.com`, start: t + DAY, end: t + DAY + 5 * MIN, host: 'reddit.com', activity: 'consume' },
    ]);
    await recordIntention(db, { host: 'x.com', answer: 'look-up', at: t + 10_000 });
    await recordIntention(db, { host: 'reddit.com', answer: 'skip', at: t + DAY + 1_000 });
    await recordIntention(db, { host: 'x.com', answer: 'unwind', at: MONDAY + 8 * DAY });
    const week = await intentionWeek(db, MONDAY, MONDAY + 7 * DAY);
    expect(week?.['look-up']).toEqual({ stretches: 1, ms: 38 * MIN });
    expect(week?.skip).toEqual({ stretches: 1, ms: 5 * MIN });
    expect(week?.unwind).toEqual({ stretches: 0, ms: 0 });
  });
});
