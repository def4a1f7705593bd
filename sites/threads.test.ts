import { describe, expect, it } from 'vitest';
import { loadPage, local } from './testing/load-fixture';
import { threadsAdapter } from './threads';

// No saved real Threads page exists in ../shared/fixtures: these run on hand-written markup.
const read = (doc: Document) =>
  threadsAdapter.findPosts(doc).map((el) => threadsAdapter.readPost(el));

describe('threads adapter on a feed (hand-written sites/fixtures/threads-feed.html)', () => {
  const doc = loadPage(local('threads-feed.html'), 'https://www.threads.com/');
  const posts = read(doc);

  it('finds four containers (not the nested quote) and skips the empty one', () => {
    expect(threadsAdapter.findPosts(threadsAdapter.feedRoot(doc)!)).toHaveLength(4);
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

describe('threads adapter on a post page', () => {
  it('marks containers other than the page’s post as replies', () => {
    const doc = loadPage(local('threads-feed.html'), 'https://www.threads.com/@mia/post/DAbc111');
    expect(read(doc).map((p) => p?.kind ?? null)).toEqual(['post', 'post', 'reply', null]);
  });
});
