import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { recordActivity } from './activity-history';
import { openDb, type RealignDb } from './db';
import { recordIntention } from './intentions';
import { recordPostsSeen } from './posts-seen';
import { writeReliably } from './reliable-write';
import { measureRawDataBefore, pruneRawData } from './retention';
import { readLastWriteError } from './write-status';

const DAY = 86_400_000;
const NOW = new Date(2026, 10, 23, 12).getTime();
const zero = { ai: 0, outrage: 0, fear: 0, clickbait: 0, fomo: 0, scam: 0, engagement_bait: 0 };

async function fillDays(db: RealignDb, daysAgo: number[]) {
  for (const n of daysAgo) {
    const t = NOW - n * DAY;
    await recordActivity(db, [{ segmentStart: t, host: 'x.com', activity: 'consume', from: t, to: t + 60_000 }]);
    await recordPostsSeen(db, [{ key: `p${n}`, site: 'x', author: 'a', permalink: null, sponsored: false, scores: zero, labels: [], firstSeenAt: t, dwellMs: 1_000, snippet: 'hi' }]);
  }
}

describe('retention and failed writes', () => {
  let db: RealignDb;
  beforeEach(() => {
    fakeBrowser.reset();
    db = openDb(`retention-${Math.random()}`);
  });
  afterEach(async () => {
    await db.delete();
  });

  it('says what a shorter history would delete, deleting nothing, and the same as pruning then deletes', async () => {
    await fillDays(db, [200, 181, 179, 30, 1]);
    const measured = await measureRawDataBefore(db, NOW, 18);
    expect(measured).toEqual({ segments: 4, posts: 4, intentions: 0, cutoff: NOW - 18 * DAY, oldestAt: NOW - 200 * DAY + 1_000 }); // the oldest post, last seen after its 1 s dwell
    expect(await db.segments.count()).toBe(5);
    expect(await pruneRawData(db, NOW, 18)).toEqual({ segments: 4, posts: 4, intentions: 0 });
    expect(await measureRawDataBefore(db, NOW, 18)).toMatchObject({ segments: 0, posts: 0, oldestAt: null });
  });

  it('deletes raw data older than the retention period and keeps every rollup', async () => {
    await fillDays(db, [200, 181, 179, 1]);
    expect(await pruneRawData(db, NOW, 180)).toEqual({ segments: 2, posts: 2, intentions: 0 });
    expect(await db.segments.count()).toBe(2);
    expect(await db.postsSeen.count()).toBe(2);
    expect(await db.days.count()).toBe(4);
  });

  it('deletes intention answers older than the kept history with their stretches, and keeps the recent ones', async () => {
    await fillDays(db, [200, 181, 179, 1]);
    for (const n of [200, 181, 179, 1]) await recordIntention(db, { host: 'x.com', answer: 'catch-up', at: NOW - n * DAY + 30_000 });
    // The settings page's question counts the answers that would go, as pruning then deletes them.
    expect(await measureRawDataBefore(db, NOW, 180)).toMatchObject({ segments: 2, posts: 2, intentions: 2 });
    expect(await pruneRawData(db, NOW, 180)).toEqual({ segments: 2, posts: 2, intentions: 2 });
    expect((await db.intentions.toArray()).map((row) => row.at).sort()).toEqual([NOW - 179 * DAY + 30_000, NOW - DAY + 30_000]);
    expect(await pruneRawData(db, NOW, 180)).toEqual({ segments: 0, posts: 0, intentions: 0 });
  });

  it('on a full disk prunes the oldest raw data, never rollups, and retries the write', async () => {
    await fillDays(db, [100, 98, 30]);
    let calls = 0;
    await writeReliably(db, 'activity', async () => {
      calls++;
      if (calls === 1) throw new Dexie.QuotaExceededError('disk full');
    });
    expect(calls).toBe(2);
    // The oldest week of raw rows went: the days 100 and 98 back, not the one 30 days back.
    expect(await db.segments.count()).toBe(1);
    expect(await db.days.count()).toBe(3);
    expect(await readLastWriteError()).toBeNull();
  });

  it('reopens a closed database and retries', async () => {
    db.close();
    await writeReliably(db, 'activity', () => recordActivity(db, [{ segmentStart: NOW, host: 'x.com', activity: 'consume', from: NOW, to: NOW + 1_000 }]));
    expect(await db.segments.count()).toBe(1);
  });

  it('reports a write that keeps failing and throws, so nothing is dropped silently', async () => {
    const failing = () => Promise.reject(new Error('disk on fire'));
    await expect(writeReliably(db, 'posts seen', failing, () => NOW)).rejects.toThrow('disk on fire');
    expect(await readLastWriteError()).toEqual({ what: 'posts seen', message: 'Error: disk on fire', at: NOW });
    await writeReliably(db, 'posts seen', async () => {});
    expect(await readLastWriteError()).toBeNull();
  });
});
