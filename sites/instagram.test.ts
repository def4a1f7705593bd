import { describe, expect, it } from 'vitest';
import { instagramAdapter } from './instagram';
import { loadPage, local } from './testing/load-fixture';

// No saved real Instagram page exists in ../shared/fixtures: these run on hand-written markup.
describe('instagram adapter on the home feed (hand-written sites/fixtures/instagram-feed.html)', () => {
  const doc = loadPage(local('instagram-feed.html'), 'https://www.instagram.com/');
  const posts = instagramAdapter.findPosts(doc).map((el) => instagramAdapter.readPost(el));

  it('finds the four articles and skips the empty placeholder', () => {
    expect(instagramAdapter.findPosts(instagramAdapter.feedRoot(doc)!)).toHaveLength(4);
    expect(posts.map((p) => p?.author ?? null)).toEqual(['lena.travels', 'glowskin', 'chef.kai', null]);
  });

  it('reads the caption (not the name or the like count) and the canonical permalink', () => {
    expect(posts[0]).toEqual({
      site: 'instagram',
      key: 'instagram:C0dePost1',
      author: 'lena.travels',
      text: 'Sunrise over the dunes. Worth the 4am alarm.',
      permalink: 'https://www.instagram.com/p/C0dePost1/',
      sponsored: false,
      kind: 'post',
    });
    expect(posts[2]).toMatchObject({ kind: 'video', permalink: 'https://www.instagram.com/reel/R3el99/' });
  });

  it('flags "Sponsored" and "Paid partnership" headers', () => {
    expect(posts.map((p) => p?.sponsored ?? null)).toEqual([false, true, true, null]);
    expect(posts[1]).toMatchObject({ permalink: null, text: 'Clear skin in 7 days or your money back. Tap to shop now!' });
  });
});
