import { describe, expect, it } from 'vitest';
import { loadPage, local } from './testing/load-fixture';
import { threadsAdapter } from './threads';

// No saved real Threads page exists in ../shared/fixtures: these run on hand-written markup that
// follows the real-page facts in SELECTORS.md (each fixture says which).
const read = (doc: Document) => threadsAdapter.findPosts(doc).map((el) => threadsAdapter.readPost(el));

describe('threads adapter on the home feed (hand-written sites/fixtures/threads-feed.html)', () => {
  const doc = loadPage(local('threads-feed.html'), 'https://www.threads.com/');
  const posts = read(doc);

  it('observes the body (the first layout root is empty) and finds four containers, not the nested quote', () => {
    expect(threadsAdapter.feedRoot(doc)).toBeNull();
    expect(threadsAdapter.findPosts(doc)).toHaveLength(4);
    expect(posts.map((p) => p?.author ?? null)).toEqual(['mia', 'shoply', 'ned', null]);
  });

  it('reads text runs but not names, times or counts, with the time link as permalink', () => {
    expect(posts[0]).toEqual({
      site: 'threads',
      key: 'threads:DAbc111',
      author: 'mia',
      text: 'Cooked for 40 people today. Never again!',
      permalink: 'https://www.threads.com/@mia/post/DAbc111',
      sponsored: false,
      kind: 'post',
    });
  });

  it("flags the sponsored post and keeps the quoted post's text and link out", () => {
    expect(posts.map((p) => p?.sponsored ?? null)).toEqual([false, true, false, null]);
    expect(posts[1]).toMatchObject({ permalink: null, text: 'Your cart misses you. 20% off ends at midnight.' });
    expect(posts[2]).toMatchObject({ text: 'This, a hundred times.', permalink: 'https://www.threads.com/@ned/post/DAbc333' });
  });
});

describe('threads adapter on a profile (hand-written sites/fixtures/threads-profile.html)', () => {
  it('reads both posts from deep under the column region', () => {
    const posts = read(loadPage(local('threads-profile.html'), 'https://www.threads.com/@mia'));
    expect(posts.map((p) => [p?.author, p?.text, p?.kind])).toEqual([
      ['mia', 'Market day. The plums are back.', 'post'],
      ['mia', 'Free knife sharpening at the library on Saturday.', 'post'],
    ]);
  });
});

describe('threads adapter on a post page (hand-written sites/fixtures/threads-post.html)', () => {
  it('reads the post and each reply on its own, replies marked as such', () => {
    const posts = read(loadPage(local('threads-post.html'), 'https://www.threads.com/@mia/post/DAbc111'));
    expect(posts.map((p) => [p?.key, p?.author, p?.text, p?.kind])).toEqual([
      ['threads:DAbc111', 'mia', 'Cooked for 40 people today. Never again!', 'post'],
      ['threads:DRep222', 'pat', 'What did you cook?', 'reply'],
      ['threads:DRep333', 'mia', 'Risotto, three pots of it.', 'reply'],
    ]);
  });
});
