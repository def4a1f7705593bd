import { describe, expect, it } from 'vitest';
import { hackernewsAdapter } from './hackernews';
import { hasSharedFixtures, loadPage, local, noteMissingFixtures, parseHtml, shared } from './testing/load-fixture';

noteMissingFixtures('hackernews');

const read = (doc: Document) => hackernewsAdapter.findPosts(doc).map((el) => hackernewsAdapter.readPost(el));

describe.skipIf(!hasSharedFixtures)('hackernews adapter on the saved front page (26 Apr 2026)', () => {
  const doc = () => loadPage(shared('hackernews/front-2026-04-26.html'), 'https://news.ycombinator.com/');

  it('reads the 30 stories with titles, users and item permalinks', () => {
    const posts = read(doc());
    expect(posts).toHaveLength(30);
    expect(hackernewsAdapter.findPosts(hackernewsAdapter.feedRoot(doc())!)).toHaveLength(30);
    expect(posts[0]).toEqual({
      site: 'hackernews',
      key: 'hackernews:47907879',
      author: 'milkglass',
      text: "The West Forgot How to Make Things. Now It's Forgetting How to Code",
      permalink: 'https://news.ycombinator.com/item?id=47907879',
      sponsored: false,
      kind: 'story',
    });
    expect(posts.slice(1, 3).map((p) => [p?.author, p?.text])).toEqual([
      ['pr337h4m', 'Amateur armed with ChatGPT solves an Erdős problem'],
      ['chiefalchemist', "Why has there been so little progress on Alzheimer's disease?"],
    ]);
    // Ask/Tell HN link to the item itself; the permalink is still the item page.
    expect(posts[7]).toMatchObject({ author: '_-x-_', permalink: 'https://news.ycombinator.com/item?id=47906253' });
  });

  it('counts the one YC job post (no user, no score, no vote arrow) as sponsored', () => {
    const sponsored = read(doc()).filter((p) => p?.sponsored);
    expect(sponsored).toHaveLength(1);
    expect(sponsored[0]).toMatchObject({
      key: 'hackernews:47908047',
      author: null,
      text: 'Terra API (YC W21) Hiring: Applied AI Strategist(Health Intelligence)',
    });
  });
});

describe('hackernews adapter on an item page (hand-written sites/fixtures/hackernews-comments.html)', () => {
  const posts = read(loadPage(local('hackernews-comments.html'), 'https://news.ycombinator.com/item?id=900'));

  it('reads the story and its comments, skipping a deleted one', () => {
    expect(posts.map((p) => p?.kind ?? null)).toEqual(['story', 'comment', 'comment', null]);
    expect(posts[1]).toEqual({
      site: 'hackernews',
      key: 'hackernews:901',
      author: 'alice',
      text: 'This is great. Really.',
      permalink: 'https://news.ycombinator.com/item?id=901',
      sponsored: false,
      kind: 'comment',
    });
  });

  it('keeps markup-looking comment text as plain text', () => {
    expect(posts[2]?.text).toBe('Use <script>alert(1)</script> to test it.');
  });
});

describe("hackernews adapter on a comment's own item page", () => {
  it('reads the focal comment row (tr.athing without .comtr) as a comment', () => {
    const doc = parseHtml(
      '<table><tr class="athing" id="905"><td><span class="comhead"><a href="user?id=zed" class="hnuser">zed</a></span><div class="commtext c00">Focal comment.</div></td></tr></table>',
      'https://news.ycombinator.com/item?id=905',
    );
    const [post] = hackernewsAdapter.findPosts(doc).map((el) => hackernewsAdapter.readPost(el));
    expect(post).toMatchObject({ key: 'hackernews:905', author: 'zed', text: 'Focal comment.', kind: 'comment' });
  });
});
