import { describe, expect, it } from 'vitest';
import { oldRedditAdapter } from './old-reddit';
import { loadPage, local } from './testing/load-fixture';

// No saved real old.reddit page exists in ../shared/fixtures: these run on hand-written markup.
const read = (doc: Document) => oldRedditAdapter.findPosts(doc).map((el) => oldRedditAdapter.readPost(el));

describe('old-reddit adapter on a listing (hand-written sites/fixtures/old-reddit-listing.html)', () => {
  const doc = loadPage(local('old-reddit-listing.html'), 'https://old.reddit.com/');
  const posts = read(doc);

  it('reads the three links from the site table, with the promoted one flagged', () => {
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

describe('old-reddit adapter on a comment page (hand-written sites/fixtures/old-reddit-comments.html)', () => {
  const posts = read(loadPage(local('old-reddit-comments.html'), 'https://old.reddit.com/r/programming/comments/aa2/x/'));

  it("reads the post and each comment's own entry, replies separately", () => {
    expect(posts.map((p) => [p?.key, p?.kind, p?.author, p?.text])).toEqual([
      ['old-reddit:t3_aa2', 'post', 'worried_dev', 'Is it over for junior developers??? Everyone says AI will replace us.'],
      ['old-reddit:t1_c1', 'comment', 'oldtimer', 'People said that about compilers.'],
      ['old-reddit:t1_c2', 'comment', 'worried_dev', 'Fair point.'],
      ['old-reddit:t1_c3', 'comment', null, '[removed]'],
    ]);
    expect(posts[1]?.permalink).toBe('https://old.reddit.com/r/programming/comments/aa2/is_it_over/c1/');
  });
});
