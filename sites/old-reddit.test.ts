import { describe, expect, it } from 'vitest';
import { oldRedditAdapter } from './old-reddit';
import { hasSharedFixtures, loadPage, local, noteMissingFixtures, shared } from './testing/load-fixture';

noteMissingFixtures('old-reddit');

const read = (doc: Document) => oldRedditAdapter.findPosts(doc).map((el) => oldRedditAdapter.readPost(el));

describe.skipIf(!hasSharedFixtures)('old-reddit adapter on the saved r/cats discussion thread (Jan 2025)', () => {
  const doc = () =>
    loadPage(
      shared('reddit/old-reddit-comments-2025-01.html'),
      'https://old.reddit.com/r/cats/comments/1hfdkuc/discussion_thread_7_chat_discuss_anything_about/',
    );

  it('observes the main column, which holds the comment area as well as the submission', () => {
    const root = oldRedditAdapter.feedRoot(doc());
    expect(root?.matches('div.content[role="main"]')).toBe(true);
    expect(root?.querySelector('.commentarea')).not.toBeNull();
  });

  it('reads the submission and all 177 comments with a body, each on its own; the 3 tombstones are skipped', () => {
    const root = oldRedditAdapter.feedRoot(doc())!;
    const posts = oldRedditAdapter.findPosts(root).map((el) => oldRedditAdapter.readPost(el)).filter((p) => p !== null);
    expect(posts).toHaveLength(178);
    expect(posts.filter((p) => p.kind === 'comment')).toHaveLength(177);
    expect(posts.slice(0, 4).map((p) => [p.author, p.text.split(' ').slice(0, 5).join(' ')])).toEqual([
      ['AutoModerator', 'Discussion Thread #7 - Chat'],
      ['TK9K', 'I was wondering if there'],
      ['redittBott', "I'd be happy to generate"],
      ['blucresnt', 'are you an ai'],
    ]);
    // A parent's text is its own, not its replies' (m7a63nd is answered by m7acsgn).
    expect(posts[2]?.text).not.toContain('are you an ai');
    expect(posts[3]?.permalink).toBe(
      'https://old.reddit.com/r/cats/comments/1hfdkuc/discussion_thread_7_chat_discuss_anything_about/m7acsgn/',
    );
  });
});

describe('old-reddit adapter on a listing (hand-written sites/fixtures/old-reddit-listing.html; no real listing page is saved)', () => {
  const doc = loadPage(local('old-reddit-listing.html'), 'https://old.reddit.com/');
  const posts = read(doc);

  it('reads the three links from the site table, with the promoted one flagged', () => {
    expect(oldRedditAdapter.feedRoot(doc)?.matches('div.content[role="main"]')).toBe(true);
    expect(oldRedditAdapter.findPosts(oldRedditAdapter.feedRoot(doc)!)).toHaveLength(3);
    expect(posts.map((p) => [p?.author, p?.sponsored])).toEqual([
      ['mapnerd', false],
      ['worried_dev', false],
      ['acme_ads', true],
    ]);
    expect(posts[0]).toEqual({
      site: 'old-reddit',
      key: 'old-reddit:t3_aa1',
      author: 'mapnerd',
      text: 'Rivers of Europe, by drainage basin',
      permalink: 'https://old.reddit.com/r/MapPorn/comments/aa1/rivers_of_europe/',
      sponsored: false,
      kind: 'post',
    });
    expect(posts[1]?.text).toBe('Is it over for junior developers??? Everyone says AI will replace us. Is it true?');
  });
});
