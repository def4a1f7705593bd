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
    expect(db.verno).toBe(4);
    expect(await listSiteHealth(db)).toEqual([
      { site: 'x', lastUrl: 'https://x.com/home', lastScanAt: 2_000, lastPostCount: 20, lastPostsAt: 2_000 },
      { site: 'hackernews', lastUrl: 'https://news.ycombinator.com/', lastScanAt: 1_000, lastPostCount: 0, lastPostsAt: 500 },
    ]);
    expect(db.tables.map((t) => t.name).sort()).toEqual([
      'days',
      'feedback',
      'intentions',
      'manualEntries',
      'nudges',
      'postsSeen',
      'segments',
      'siteHealth',
    ]);
    await recordActivity(db, [{ segmentStart: 1_000, host: 'x.com', activity: 'consume', from: 1_000, to: 61_000 }]);
    expect(await db.segments.count()).toBe(1);
  });
});

describe('database upgrade from version 2 to 3', () => {
  const name = `upgrade-v2-${Math.random()}`;
  let db: RealignDb | undefined;
  afterEach(async () => {
    await db?.delete();
  });

  it('keeps a version 2 history and adds the feedback table', async () => {
    const v2 = new Dexie(name);
    v2.version(1).stores({ siteHealth: 'site' });
    v2.version(2).stores({
      siteHealth: 'site',
      segments: 'id, end',
      postsSeen: 'key, lastSeenAt',
      days: 'date',
      manualEntries: '++id, date, at',
      nudges: '++id, at, rule',
    });
    const segment = { id: '1000:x.com', start: 1_000, end: 61_000, host: 'x.com', activity: 'consume' };
    const nudge = { rule: 'screen-time', action: 'shown', at: 5_000 };
    await v2.table('segments').put(segment);
    await v2.table('nudges').add(nudge);
    v2.close();

    db = openDb(name);
    await db.open();
    expect(db.verno).toBe(4);
    expect(await db.segments.toArray()).toEqual([segment]);
    expect(await db.nudges.toArray()).toEqual([{ ...nudge, id: 1 }]);
    await db.feedback.add({ key: 'x:1', site: 'x', category: 'outrage', at: 6_000 });
    expect(await db.feedback.count()).toBe(1);
  });
});

describe('database upgrade from version 3 to 4', () => {
  const name = `upgrade-v3-${Math.random()}`;
  let db: RealignDb | undefined;
  afterEach(async () => {
    await db?.delete();
  });

  it('keeps the "not helpful" marks and adds the intention check\'s answers', async () => {
    const v3 = new Dexie(name);
    v3.version(1).stores({ siteHealth: 'site' });
    v3.version(2).stores({ siteHealth: 'site', segments: 'id, end', postsSeen: 'key, lastSeenAt', days: 'date', manualEntries: '++id, date, at', nudges: '++id, at, rule' });
    v3.version(3).stores({ feedback: '++id, at, key' });
    const mark = { key: 'x:1', site: 'x', category: 'outrage', at: 6_000 };
    await v3.table('feedback').add(mark);
    v3.close();

    db = openDb(name);
    await db.open();
    expect(db.verno).toBe(4);
    expect(await db.feedback.toArray()).toEqual([{ ...mark, id: 1 }]);
    await db.intentions.add({ host: 'x.com', answer: 'reply', at: 7_000 });
    expect(await db.intentions.where('host').equals('x.com').count()).toBe(1);
  });
});
