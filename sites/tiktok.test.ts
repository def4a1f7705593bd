import { describe, expect, it } from 'vitest';
import { loadPage, local } from './testing/load-fixture';
import { tiktokAdapter } from './tiktok';

// No saved real TikTok page exists in ../shared/fixtures: these run on hand-written markup.
describe('tiktok adapter on a hydrated For You feed (hand-written sites/fixtures/tiktok-foryou.html)', () => {
  const doc = loadPage(local('tiktok-foryou.html'), 'https://www.tiktok.com/foryou');
  const posts = tiktokAdapter.findPosts(doc).map((el) => tiktokAdapter.readPost(el));

  it('finds the four items and skips the unfilled one', () => {
    expect(tiktokAdapter.findPosts(tiktokAdapter.feedRoot(doc)!)).toHaveLength(4);
    expect(posts.map((p) => p?.author ?? null)).toEqual(['dancefloor', 'quickloans', 'adrian', null]);
  });

  it('builds the permalink from the player id and reads the caption with its hashtags', () => {
    expect(posts[0]).toEqual({
      site: 'tiktok',
      key: 'tiktok:7340000000000000001',
      author: 'dancefloor',
      text: 'POV: you finally nailed it #dance',
      permalink: 'https://www.tiktok.com/@dancefloor/video/7340000000000000001',
      sponsored: false,
      kind: 'video',
    });
  });

  it('flags the ad card, but not a caption that merely says "Ad"', () => {
    expect(posts.map((p) => p?.sponsored ?? null)).toEqual([false, true, false, null]);
  });
});
