import { describe, expect, it } from 'vitest';
import { loadPage, local } from './testing/load-fixture';
import { tiktokAdapter } from './tiktok';

// No saved real TikTok page exists in ../shared/fixtures: these run on hand-written markup that
// follows the real-page facts in SELECTORS.md (each fixture says which).
const read = (doc: Document) => tiktokAdapter.findPosts(doc).map((el) => tiktokAdapter.readPost(el));

describe('tiktok adapter on a hydrated For You feed (hand-written sites/fixtures/tiktok-foryou.html)', () => {
  const doc = loadPage(local('tiktok-foryou.html'), 'https://www.tiktok.com/foryou');
  const posts = read(doc);

  it('observes the body and finds the four items, skipping the unfilled one', () => {
    expect(tiktokAdapter.feedRoot(doc)).toBeNull();
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

describe('tiktok adapter on a profile grid with captions (hand-written sites/fixtures/tiktok-profile.html)', () => {
  const posts = read(loadPage(local('tiktok-profile.html'), 'https://www.tiktok.com/@bakerbee'));

  it('reads each user-post-item with the caption beside it, and skips the unfilled cell', () => {
    expect(posts.map((p) => [p?.key, p?.author, p?.text])).toEqual([
      ['tiktok:7360000000000000001', 'bakerbee', 'Croissants at 5am, lamination explained #baking'],
      ['tiktok:7360000000000000002', 'bakerbee', 'Day 3 of my starter'],
      [undefined, undefined, undefined],
    ]);
    expect(posts[0]).toMatchObject({ permalink: 'https://www.tiktok.com/@bakerbee/video/7360000000000000001', kind: 'video' });
  });
});

describe('tiktok adapter on a profile grid without captions (hand-written sites/fixtures/tiktok-profile-no-caption.html)', () => {
  it("reads the cover image's alt, without TikTok's \"created by …\" suffix, as the text", () => {
    const posts = read(loadPage(local('tiktok-profile-no-caption.html'), 'https://www.tiktok.com/@quickloans'));
    expect(posts.map((p) => [p?.author, p?.text])).toEqual([
      ['quickloans', 'GET RICH WITH THIS ONE APP'],
      ['quickloans', ''], // no text at all: still a video, judged and counted
    ]);
  });
});
