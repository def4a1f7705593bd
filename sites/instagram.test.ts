import { describe, expect, it } from 'vitest';
import { instagramAdapter } from './instagram';
import { loadPage, local } from './testing/load-fixture';

// No saved real Instagram page exists in ../shared/fixtures: these run on hand-written markup that
// follows the real-page facts in SELECTORS.md (each fixture says which).
const read = (doc: Document) => instagramAdapter.findPosts(doc).map((el) => instagramAdapter.readPost(el));

describe('instagram adapter on the home feed (hand-written sites/fixtures/instagram-feed.html)', () => {
  const doc = loadPage(local('instagram-feed.html'), 'https://www.instagram.com/');
  const posts = instagramAdapter.findPosts(doc).map((el) => instagramAdapter.readPost(el));

  it('observes the body and finds the four articles, skipping the empty placeholder', () => {
    expect(instagramAdapter.feedRoot(doc)).toBeNull();
    expect(instagramAdapter.findPosts(doc)).toHaveLength(4);
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

describe("instagram adapter on a post's own page, which has no article (hand-written sites/fixtures/instagram-post-page.html)", () => {
  const doc = loadPage(local('instagram-post-page.html'), 'https://www.instagram.com/p/C0dePost1/');

  it('reads main as the post: caption from the first h1, author from the link before it, permalink from the address', () => {
    expect(read(doc)).toEqual([
      {
        site: 'instagram',
        key: 'instagram:C0dePost1',
        author: 'lena.travels',
        text: 'Sunrise over the dunes. Worth the 4am alarm.',
        permalink: 'https://www.instagram.com/p/C0dePost1/',
        sponsored: false,
        kind: 'post',
      },
    ]);
  });

  it('finds the post from a node added inside main, and nothing on a page that is not a post', () => {
    const caption = doc.querySelector('h1')!;
    expect(instagramAdapter.findPosts(caption)).toEqual([doc.querySelector('main')]);
    const elsewhere = loadPage(local('instagram-post-page.html'), 'https://www.instagram.com/lena.travels/');
    expect(instagramAdapter.findPosts(elsewhere)).toEqual([]);
  });

  it('reads a post with no caption (no h1) by its author, and skips main before it renders', () => {
    const bare = loadPage(local('instagram-post-page.html'), 'https://www.instagram.com/p/NoCap1/');
    const main = bare.querySelector('main')!.cloneNode(true) as Element;
    main.querySelector('h1')!.remove();
    expect(instagramAdapter.readPost(main)).toMatchObject({ key: 'instagram:NoCap1', author: 'lena.travels', text: '' });
    const empty = bare.createElement('main');
    expect(instagramAdapter.readPost(empty)).toBeNull();
  });
});

describe('instagram adapter on a post opened over the feed (hand-written sites/fixtures/instagram-post-modal.html)', () => {
  it("reads the feed's article and the dialog's article, outside main", () => {
    const posts = read(loadPage(local('instagram-post-modal.html'), 'https://www.instagram.com/p/Mod4l99/'));
    expect(posts.map((p) => [p?.key, p?.author, p?.text])).toEqual([
      ['instagram:C0dePost1', 'lena.travels', 'Sunrise over the dunes. Worth the 4am alarm.'],
      ['instagram:Mod4l99', 'chef.kai', 'One-pan pasta in 10 minutes. Recipe below.'],
    ]);
  });
});
