import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { openDb, type RealignDb } from './db';
import { recordActivity } from './activity-history';
import { listSiteHealth } from './site-health';

describe('database upgrade from version 1 to 2', () => {
  const name = `upgrade-${Math.random()}`;
  let db: RealignDb | undefined;
  afterEach(async () => {
    await db?.delete();
  });

  it('keeps the rows a version 1 database holds and adds the history tables', async () => {
    // A real version 1 database, declared as version 1 declared it, with rows in it.
    const v1 = new Dexie(name);
    v1.version(1).stores({ siteHealth: 'site' });
    await v1.table('siteHealth').bulkPut([
      { site: 'x', lastUrl: 'https://x.com/home', lastScanAt: 2_000, lastPostCount: 20, lastPostsAt: 2_000 },
      { site: 'hackernews', lastUrl: 'https://news.ycombinator.com/', lastScanAt: 1_000, lastPostCount: 0, lastPostsAt: 500 },
    ]);
    v1.close();

    db = openDb(name);
    await db.open();
    expect(db.verno).toBe(2);
    expect(await listSiteHealth(db)).toEqual([
      { site: 'x', lastUrl: 'https://x.com/home', lastScanAt: 2_000, lastPostCount: 20, lastPostsAt: 2_000 },
      { site: 'hackernews', lastUrl: 'https://news.ycombinator.com/', lastScanAt: 1_000, lastPostCount: 0, lastPostsAt: 500 },
    ]);
    expect(db.tables.map((t) => t.name).sort()).toEqual(['days', 'manualEntries', 'nudges', 'postsSeen', 'segments', 'siteHealth']);
    await recordActivity(db, [{ segmentStart: 1_000, host: 'x.com', activity: 'consume', from: 1_000, to: 61_000 }]);
    expect(await db.segments.count()).toBe(1);
  });
});
