import { describe, expect, it } from 'vitest';
import { hasSharedFixtures, loadPage, local, noteMissingFixtures, shared } from './testing/load-fixture';
import type { Post } from './types';
import { xAdapter } from './x';

noteMissingFixtures('x');

function readAll(file: string, url = 'https://x.com/home'): { posts: Post[]; doc: Document } {
  const doc = loadPage(file, url);
  const posts = xAdapter.findPosts(doc).map((el) => xAdapter.readPost(el));
  expect(posts.every((p) => p !== null)).toBe(true);
  return { posts: posts as Post[], doc };
}

describe.skipIf(!hasSharedFixtures)('x adapter on saved real pages', () => {
  it('reads the 20 tweets of the Nov 2025 home timeline, in order, with authors and permalinks', () => {
    const { posts, doc } = readAll(shared('x/home-timeline-2025-11.html'));
    expect(posts).toHaveLength(20);
    // The timeline container holds them all (CPFT's TIMELINE selector).
    expect(xAdapter.findPosts(xAdapter.feedRoot(doc)!)).toHaveLength(20);
    expect(posts.slice(0, 4).map((p) => p.author)).toEqual(['will__price', 'kevinafischer', 'hasufl', 'cmsholdings']);
    expect(posts[0]).toEqual({
      site: 'x',
      key: 'x:1991602883645829145',
      author: 'will__price',
      text: 'hearooors undefeated, GTE chain confirmed',
      permalink: 'https://x.com/will__price/status/1991602883645829145',
      sponsored: false,
      kind: 'post',
    });
    expect(posts[4]?.text).toBe('Great pt.');
    expect(posts[19]?.text.startsWith('I will not become detached from reality I will not become')).toBe(true);
    expect(new Set(posts.map((p) => p.key)).size).toBe(20);
    // Nothing on this page is promoted; its one placementTracking wraps a Spaces card in the sidebar.
    expect(posts.filter((p) => p.sponsored)).toHaveLength(0);
  });

  it("never reads a quoted tweet's text as the outer tweet's", () => {
    const { posts } = readAll(shared('x/home-timeline-2025-11.html'));
    // 9 tweets quote another; 25 tweetText blocks = 16 own texts + 9 quoted (one own text is empty).
    const quoted = ['This is @GTE_XYZ V2', 'FIDELITY SPOT $SOL ETF', 'Rust in peace.', 'Introducing SAM 3D'];
    for (const q of quoted) expect(posts.some((p) => p.text.includes(q))).toBe(false);
    const toly = posts.find((p) => p.author === 'aeyakovenko');
    expect(toly?.text).toBe(''); // its own text block is empty; the quoted one is not its text
    // Media-only tweets are posts with empty text, not shells.
    expect(posts.filter((p) => p.text === '').map((p) => p.author)).toEqual(['cryptolyxe', 'nic__carter', 'Gioscotti_', 'aeyakovenko']);
  });

  it('reads reposts under the original author (the social-context line is not the author)', () => {
    const { posts } = readAll(shared('x/home-timeline-2025-11.html'));
    expect(posts[0]?.author).toBe('will__price'); // "hdf reposted"
    expect(posts[9]?.author).toBe('solarapparition'); // "j⧉nus reposted"
  });

  it('reads the single-tweet, quote and quote-with-video fixtures (Oct 2025)', () => {
    const single = readAll(shared('x/tweet-2025-10.html')).posts;
    expect(single).toHaveLength(1);
    expect(single[0]).toMatchObject({
      author: 'TestUser123',
      text: "Democrat Shutdown Jeopardizes America's Skies",
      permalink: 'https://x.com/TestUser123/status/1981398750557065646',
      sponsored: false,
    });
    const quote = readAll(shared('x/tweet-quote-2025-10.html')).posts;
    expect(quote).toHaveLength(1);
    expect(quote[0]).toMatchObject({ author: 'TestQuoter', text: 'This is a quote tweet with additional commentary' });
    const video = readAll(shared('x/tweet-quote-video-2025-10.html')).posts;
    expect(video).toHaveLength(1);
    // The trap: a placementTracking wrapper around the organic video inside this tweet.
    expect(video[0]).toMatchObject({ author: 'QuotingUser', text: 'How to share Example.com links', sponsored: false });
  });

  it('reads a long-form X Article status page: title and body, focal tweet', () => {
    const { posts } = readAll(shared('x/article-status-2026-02.html'), 'https://x.com/arscontexta/status/2013045749580259680');
    expect(posts).toHaveLength(1);
    expect(posts[0]).toMatchObject({
      key: 'x:2013045749580259680',
      author: 'arscontexta',
      permalink: 'https://x.com/arscontexta/status/2013045749580259680',
      kind: 'post',
    });
    expect(posts[0]?.text.startsWith('obsidian + claude code 101 ive spent the last year building an operating system')).toBe(true);
  });
});

describe('x adapter on hand-written markup (sites/fixtures/x-status-ads.html)', () => {
  const doc = loadPage(local('x-status-ads.html'), 'https://x.com/someone/status/100');
  const els = xAdapter.findPosts(doc);
  const posts = els.map((el) => xAdapter.readPost(el));

  it('skips the empty shell and the unavailable quote nested in an article', () => {
    expect(els).toHaveLength(5);
    expect(posts.filter((p) => p === null)).toHaveLength(1);
  });

  it('marks replies after the focal tweet', () => {
    expect(posts.map((p) => p?.kind ?? null)).toEqual(['post', 'reply', 'reply', 'reply', null]);
  });

  it('flags promoted tweets by the placementTracking ancestor and by the "Ad" header label', () => {
    expect(posts.map((p) => p?.sponsored ?? null)).toEqual([false, false, true, true, null]);
    expect(posts[2]).toMatchObject({ author: 'brand', text: 'Buy our thing today', permalink: null });
    expect(posts[2]?.key).toMatch(/^x:h[0-9a-z]+$/);
  });

  it('does not take an "Ad" inside tweet text or a display name for an ad label', () => {
    expect(posts[1]).toMatchObject({ author: 'adfan', text: 'Ad', sponsored: false });
  });
});
