import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDb, type RealignDb } from './db';
import { listSiteHealth, looksBroken, recordFeedScan } from './site-health';

describe('site health', () => {
  let db: RealignDb;
  beforeEach(() => {
    db = openDb(`test-${Math.random()}`);
  });
  afterEach(async () => {
    await db.delete();
  });

  it('keeps the latest scan per site, most recent first', async () => {
    await recordFeedScan(db, { site: 'x', url: 'https://x.com/home', postCount: 20, at: 1_000 });
    await recordFeedScan(db, { site: 'hackernews', url: 'https://news.ycombinator.com/', postCount: 30, at: 2_000 });
    await recordFeedScan(db, { site: 'x', url: 'https://x.com/home', postCount: 18, at: 3_000 });
    const rows = await listSiteHealth(db);
    expect(rows.map((row) => [row.site, row.lastPostCount, row.lastScanAt])).toEqual([
      ['x', 18, 3_000],
      ['hackernews', 30, 2_000],
    ]);
  });

  it('remembers when posts were last found, through an empty scan', async () => {
    await recordFeedScan(db, { site: 'x', url: 'https://x.com/home', postCount: 20, at: 1_000 });
    await recordFeedScan(db, { site: 'x', url: 'https://x.com/home', postCount: 0, at: 5_000 });
    const [row] = await listSiteHealth(db);
    expect(row).toMatchObject({ lastPostCount: 0, lastScanAt: 5_000, lastPostsAt: 1_000 });
  });

  it('keeps the page kind and the post-like containers of a scan that read nothing', async () => {
    await recordFeedScan(db, { site: 'reddit', url: 'https://www.reddit.com/search/', postCount: 0, pageKind: 'search', postLikeCount: 55, at: 1_000 });
    const [row] = await listSiteHealth(db);
    expect(row).toMatchObject({ lastPostCount: 0, lastPageKind: 'search', lastPostLikeCount: 55 });
    expect(looksBroken(row!)).toBe(true);
  });

  it('does not call a page with no posts and nothing post-like broken unless it is a feed page', () => {
    const base = { site: 'x' as const, lastUrl: 'https://x.com/settings', lastScanAt: 1, lastPostsAt: 0 };
    expect(looksBroken({ ...base, lastPostCount: 0, lastPageKind: 'other', lastPostLikeCount: 0 })).toBe(false);
    expect(looksBroken({ ...base, lastPostCount: 0, lastPageKind: 'feed', lastPostLikeCount: 0 })).toBe(true);
    expect(looksBroken({ ...base, lastPostCount: 0 })).toBe(true);
    expect(looksBroken({ ...base, lastPostCount: 3, lastPageKind: 'feed' })).toBe(false);
  });
});
