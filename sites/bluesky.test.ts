import { describe, expect, it } from 'vitest';
import { blueskyAdapter } from './bluesky';
import { loadPage, local } from './testing/load-fixture';

// No saved real Bluesky page exists in ../shared/fixtures: these run on hand-written markup that
// follows SELECTORS.md (each fixture says which facts).
const read = (doc: Document) => blueskyAdapter.findPosts(doc).map((el) => blueskyAdapter.readPost(el));

describe('bluesky adapter on a feed (hand-written sites/fixtures/bluesky-feed.html)', () => {
  const doc = loadPage(local('bluesky-feed.html'), 'https://bsky.app/profile/x/feed/y');
  const posts = read(doc);

  it('reads the four feed items with handles from the test id and permalinks from the date link', () => {
    expect(blueskyAdapter.feedRoot(doc)).toBeNull();
    expect(blueskyAdapter.findPosts(doc)).toHaveLength(4);
    expect(posts.map((p) => p?.author)).toEqual(['alice.bsky.social', 'bob.example.com', 'dana.bsky.social', 'frank.bsky.social']);
    expect(posts[0]).toEqual({
      site: 'bluesky',
      key: 'bluesky:alice.bsky.social/3kabc111',
      author: 'alice.bsky.social',
      text: 'Morning walk, the river is high today.',
      permalink: 'https://bsky.app/profile/alice.bsky.social/post/3kabc111',
      sponsored: false,
      kind: 'post',
    });
  });

  it("reads a repost under its author and never a quoted post's text or link", () => {
    expect(posts[1]?.author).toBe('bob.example.com');
    expect(posts[2]).toMatchObject({ text: 'This is exactly right.', permalink: 'https://bsky.app/profile/dana.bsky.social/post/3kabc333' });
    expect(posts[3]).toMatchObject({ text: '', permalink: 'https://bsky.app/profile/frank.bsky.social/post/3kabc444' });
  });
});

describe('bluesky adapter on a thread page (hand-written sites/fixtures/bluesky-thread.html)', () => {
  it('marks the anchor post as post and the others as replies', () => {
    const posts = read(loadPage(local('bluesky-thread.html'), 'https://bsky.app/profile/alice.bsky.social/post/3kabc111'));
    expect(posts.map((p) => [p?.author, p?.kind])).toEqual([
      ['alice.bsky.social', 'post'],
      ['gus.bsky.social', 'reply'],
      ['hal.bsky.social', 'reply'],
    ]);
  });
});

describe('bluesky adapter on a profile (hand-written sites/fixtures/bluesky-profile.html)', () => {
  it('reads the three feed items, a repost under its author, and not the profile header', () => {
    const posts = read(loadPage(local('bluesky-profile.html'), 'https://bsky.app/profile/alice.bsky.social'));
    expect(posts.map((p) => [p?.author, p?.text, p?.kind])).toEqual([
      ['alice.bsky.social', 'The river is back inside its banks.', 'post'],
      ['bob.example.com', 'Flood maps for the valley, updated hourly.', 'post'],
      ['alice.bsky.social', 'Same here, the bridge was closed.', 'post'],
    ]);
    expect(posts[1]?.permalink).toBe('https://bsky.app/profile/bob.example.com/post/3kprof222');
  });
});
