import { describe, expect, it } from 'vitest';
import { redditAdapter } from './reddit';
import { loadPage, local } from './testing/load-fixture';

// No saved real new-Reddit page exists in ../shared/fixtures: these run on hand-written markup that
// follows the real-page facts in SELECTORS.md (each fixture says which).
const read = (doc: Document) => redditAdapter.findPosts(doc).map((el) => redditAdapter.readPost(el));

describe('reddit adapter on a feed (hand-written sites/fixtures/reddit-feed.html)', () => {
  const doc = loadPage(local('reddit-feed.html'), 'https://www.reddit.com/r/Breadit/');
  const posts = read(doc);

  it('finds the five cards in the feed and skips the unhydrated one', () => {
    expect(redditAdapter.feedRoot(doc)).toBeNull(); // the body: Reddit swaps pages in place
    expect(redditAdapter.findPosts(doc)).toHaveLength(5);
    expect(posts.map((p) => p?.author ?? null)).toEqual(['crumbshot', 'newsbot', 'u_BigBrand', 'acme', null]);
  });

  it('reads title and self-text, with the permalink from the attribute', () => {
    expect(posts[0]).toEqual({
      site: 'reddit',
      key: 'reddit:t3_abc123',
      author: 'crumbshot',
      text: 'Why is my sourdough flat? Third try this week. It spreads in the oven.',
      permalink: 'https://www.reddit.com/r/Breadit/comments/abc123/why_is_my_sourdough_flat/',
      sponsored: false,
      kind: 'post',
    });
    expect(posts[1]).toMatchObject({ text: 'City opens new library', permalink: 'https://www.reddit.com/r/news/comments/def456/city_opens_new_library/' });
  });

  it('flags the ad card and the promoted post', () => {
    expect(posts.map((p) => p?.sponsored ?? null)).toEqual([false, false, true, true, null]);
    expect(posts[2]?.key).toMatch(/^reddit:h[0-9a-z]+$/); // ad cards carry no t3_ id
  });
});

describe('reddit adapter on a comment page (hand-written sites/fixtures/reddit-comments.html)', () => {
  const posts = read(loadPage(local('reddit-comments.html'), 'https://www.reddit.com/r/Breadit/comments/abc123/x/'));

  it('reads the post, each comment on its own (nested replies too), the ad, and a deleted comment', () => {
    expect(posts.map((p) => [p?.key, p?.kind, p?.sponsored])).toEqual([
      ['reddit:t3_abc123', 'post', false],
      ['reddit:t1_c1', 'comment', false],
      ['reddit:t1_c2', 'comment', false],
      [expect.stringMatching(/^reddit:h/), 'post', true],
      ['reddit:t1_c3', 'comment', false],
    ]);
  });

  it("reads a comment's own body, not its replies'", () => {
    expect(posts[0]?.text).toBe('Why is my sourdough flat? Third try this week.');
    expect(posts[1]).toMatchObject({
      author: 'flourpower',
      text: 'Your starter is too young. Give it two more weeks.',
      permalink: 'https://www.reddit.com/r/Breadit/comments/abc123/comment/c1/',
    });
    expect(posts[4]).toMatchObject({ author: null, text: '[removed]', permalink: null });
  });
});

describe('reddit adapter on search results (hand-written sites/fixtures/reddit-search.html)', () => {
  const posts = read(loadPage(local('reddit-search.html'), 'https://www.reddit.com/search/?q=bread'));

  it('reads each search-post-unit (not the community card) with its t3 id, title and clean permalink', () => {
    expect(posts.map((p) => [p?.key, p?.text])).toEqual([
      ['reddit:t3_s1abc', 'Sourdough starter smells like nail polish, is it dead?'],
      ['reddit:t3_s2def', 'Why does my bread collapse in the oven?'],
      ['reddit:t3_s3ghi', 'Best flour for pizza dough'],
    ]);
    expect(posts[0]).toMatchObject({
      site: 'reddit',
      author: null, // search results name the subreddit, not the poster
      permalink: 'https://www.reddit.com/r/Breadit/comments/s1abc/sourdough_starter_smells_like_nail_polish/',
      sponsored: false,
      kind: 'post',
    });
  });
});

describe('reddit adapter on www.reddit.com with the old-Reddit preference', () => {
  it('reads the old markup as old.reddit posts', () => {
    const doc = loadPage(local('old-reddit-listing.html'), 'https://www.reddit.com/');
    const posts = read(doc);
    expect(redditAdapter.feedRoot(doc)?.matches('div.content[role="main"]')).toBe(true);
    expect(posts.map((p) => [p?.site, p?.key])).toEqual([
      ['old-reddit', 'old-reddit:t3_aa1'],
      ['old-reddit', 'old-reddit:t3_aa2'],
      ['old-reddit', 'old-reddit:t3_ad1'],
    ]);
  });
});
