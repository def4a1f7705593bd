import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CATEGORIES, type Category } from '../model/categories';
import { openDb, type RealignDb } from './db';
import { dayTotals, informationDiet } from './read-days';
import { recordPostsSeen, type SeenPost } from './posts-seen';

const MORNING = new Date(2026, 10, 23, 9, 0).getTime();
const NEXT_MORNING = new Date(2026, 10, 24, 9, 0).getTime();
const zero = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;

function post(key: string, labels: Category[] = [], extra: Partial<SeenPost> = {}): SeenPost {
  return {
    key, site: 'x', author: `author-of-${key}`, permalink: `https://x.com/a/status/${key}`, sponsored: false,
    scores: { ...zero, ...Object.fromEntries(labels.map((l) => [l, 0.9])) }, labels, firstSeenAt: MORNING,
    dwellMs: 2_000, snippet: `text of ${key}`, ...extra,
  };
}

describe('posts seen', () => {
  let db: RealignDb;
  beforeEach(() => {
    db = openDb(`posts-${Math.random()}`);
  });
  afterEach(async () => {
    await db.delete();
  });

  it("keeps the reasons behind each category's labels, for the diet's why", async () => {
    const why = (category: Category, ...texts: string[]) => texts.map((text) => ({ category, text }));
    await recordPostsSeen(db, [
      post('1', ['outrage'], { reasons: why('outrage', 'anger words', 'ALL CAPS') }),
      post('2', ['outrage'], { reasons: why('outrage', 'anger words') }),
      post('3', ['scam'], { reasons: why('scam', "urgency: 'act now'") }),
    ]);
    // Seen again the same day: its reasons are not counted twice.
    await recordPostsSeen(db, [post('1', ['outrage'], { reasons: why('outrage', 'anger words', 'ALL CAPS') })]);
    const diet = await informationDiet(db, ['2026-11-23']);
    expect(diet.topReasons.outrage).toEqual(['anger words', 'ALL CAPS']);
    expect(diet.topReasons.scam).toEqual(["urgency: 'act now'"]);
    expect(diet.topReasons.fear).toEqual([]);
  });

  it('stores a batch and counts the day\'s posts, flags per category and the accounts behind them', async () => {
    await recordPostsSeen(db, [post('1', ['outrage']), post('2', ['outrage', 'ai']), post('3'), post('4', ['scam'], { author: null })]);
    const today = await dayTotals(db, '2026-11-23');
    expect(today.postsSeen).toBe(4);
    expect(today.flaggedBy).toMatchObject({ outrage: 2, ai: 1, scam: 1, fear: 0 });
    const diet = await informationDiet(db, ['2026-11-23']);
    expect(diet.shares.outrage).toBe(0.5);
    expect(diet.topAccounts).toEqual([
      { site: 'x', author: 'author-of-1', flaggedPosts: 1 },
      { site: 'x', author: 'author-of-2', flaggedPosts: 1 },
    ]);
  });

  it('upserts by key: dwell adds up, the first sighting is kept, and the day counts the post once', async () => {
    await recordPostsSeen(db, [post('1', ['fear'], { firstSeenAt: MORNING, dwellMs: 1_500 })]);
    await recordPostsSeen(db, [post('1', ['fear'], { firstSeenAt: MORNING + 60_000, dwellMs: 3_000 })]);
    // The same post twice in one batch is one post too.
    await recordPostsSeen(db, [post('1', ['fear'], { firstSeenAt: MORNING + 90_000 }), post('1', ['fear'], { firstSeenAt: MORNING + 95_000 })]);
    const row = await db.postsSeen.get('1');
    expect(row).toMatchObject({ firstSeenAt: MORNING, dwellMs: 1_500 + 3_000 + 4_000 });
    expect((await dayTotals(db, '2026-11-23')).postsSeen).toBe(1);
    expect((await informationDiet(db, ['2026-11-23'])).topAccounts[0]?.flaggedPosts).toBe(1);
  });

  it('counts a post again on another local day it is seen', async () => {
    await recordPostsSeen(db, [post('1', ['clickbait'])]);
    await recordPostsSeen(db, [post('1', ['clickbait'], { firstSeenAt: NEXT_MORNING })]);
    expect((await dayTotals(db, '2026-11-23')).postsSeen).toBe(1);
    expect((await dayTotals(db, '2026-11-24')).flaggedBy.clickbait).toBe(1);
    expect(await db.postsSeen.get('1')).toMatchObject({ firstSeenAt: MORNING, countedDay: '2026-11-24' });
  });

  it('stores a batch whole or not at all', async () => {
    const broken = { ...post('2'), key: undefined } as unknown as SeenPost;
    await expect(recordPostsSeen(db, [post('1'), broken])).rejects.toThrow();
    expect(await db.postsSeen.count()).toBe(0);
    expect(await db.days.count()).toBe(0);
  });
});
