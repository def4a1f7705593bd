import { describe, expect, it } from 'vitest';
import { createMastodonAdapter, mastodonAdapter } from './mastodon';
import { loadPage, local } from './testing/load-fixture';

// No saved real Mastodon page exists in ../shared/fixtures: these run on hand-written markup that
// follows SELECTORS.md (each fixture says which facts).
const read = (doc: Document) => mastodonAdapter.findPosts(doc).map((el) => mastodonAdapter.readPost(el));

describe('mastodon adapter on a home column (hand-written sites/fixtures/mastodon-home.html)', () => {
  const doc = loadPage(local('mastodon-home.html'), 'https://mastodon.social/home');
  const posts = read(doc);

  it('finds the four articles and skips the one emptied off-screen', () => {
    expect(mastodonAdapter.feedRoot(doc)).toBeNull();
    expect(mastodonAdapter.findPosts(doc)).toHaveLength(4);
    expect(posts.map((p) => p?.author ?? null)).toEqual(['ann', 'ben@other.example', 'cat@third.example', null]);
  });

  it('reads a local post with an absolute permalink on the instance', () => {
    expect(posts[0]).toEqual({
      site: 'mastodon',
      key: 'mastodon:https://mastodon.social/@ann/113000000000000001',
      author: 'ann',
      text: 'Hello fediverse! First post from the new server.',
      permalink: 'https://mastodon.social/@ann/113000000000000001',
      sponsored: false,
      kind: 'post',
    });
  });

  it('reads a boost under the original author and keeps the quoted post out', () => {
    expect(posts[1]).toMatchObject({ author: 'ben@other.example', permalink: 'https://other.example/@ben/555' });
    expect(posts[2]).toMatchObject({ text: 'Agreed.', permalink: 'https://mastodon.social/@cat@third.example/113000000000000003' });
  });
});

describe('mastodon adapter on a thread (hand-written sites/fixtures/mastodon-thread.html)', () => {
  it('reads ancestor, focal status and reply, marking what follows the focal one as a reply', () => {
    const posts = read(loadPage(local('mastodon-thread.html'), 'https://mastodon.social/@fay/201'));
    expect(posts.map((p) => [p?.author, p?.text, p?.kind])).toEqual([
      ['eve', 'Question: tabs or spaces?', 'post'],
      ['fay', 'Tabs, obviously.', 'post'],
      ['gil', 'Spaces!', 'reply'],
    ]);
    expect(posts[1]?.permalink).toBe('https://mastodon.social/@fay/201');
  });
});

describe('mastodon adapter on a profile (hand-written sites/fixtures/mastodon-profile.html)', () => {
  it('reads the pinned post and the post, not the account header', () => {
    const posts = read(loadPage(local('mastodon-profile.html'), 'https://mastodon.social/@ann'));
    expect(posts.map((p) => [p?.author, p?.text, p?.permalink])).toEqual([
      ['ann', 'Welcome! I post about the allotment.', 'https://mastodon.social/@ann/113000000000000101'],
      ['ann', 'Beans are up.', 'https://mastodon.social/@ann/113000000000000102'],
    ]);
  });
});

describe('mastodon hosts', () => {
  it('matches mastodon.social by default and other instances only when added', () => {
    expect(mastodonAdapter.matches(new URL('https://mastodon.social/home'))).toBe(true);
    expect(mastodonAdapter.matches(new URL('https://fosstodon.org/home'))).toBe(false);
    expect(createMastodonAdapter(['fosstodon.org']).matches(new URL('https://fosstodon.org/home'))).toBe(true);
  });
});
