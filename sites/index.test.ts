import { describe, expect, it } from 'vitest';
import { ADAPTERS, adapterFor } from './index';
import path from 'node:path';
import { CONTENT_SCRIPT_MATCHES, countPostLike, pageKindOf, SITE_IDS, SITES, type SiteId } from './registry';
import { hasSharedFixtures, loadPage, SHARED_FIXTURES } from './testing/load-fixture';

const idFor = (href: string, extra?: string[]) => adapterFor(new URL(href), extra)?.id ?? null;

describe('adapterFor', () => {
  it('has one adapter per site', () => {
    expect(ADAPTERS.map((a) => a.id)).toEqual([...SITE_IDS]);
  });

  it('picks the adapter by host', () => {
    expect(idFor('https://x.com/home')).toBe('x');
    expect(idFor('https://twitter.com/someone/status/1')).toBe('x');
    expect(idFor('https://www.reddit.com/r/Breadit/')).toBe('reddit');
    expect(idFor('https://old.reddit.com/r/Breadit/')).toBe('old-reddit');
    expect(idFor('https://news.ycombinator.com/news')).toBe('hackernews');
    expect(idFor('https://www.youtube.com/watch?v=abc')).toBe('youtube');
    expect(idFor('https://www.linkedin.com/feed/')).toBe('linkedin');
    expect(idFor('https://www.facebook.com/')).toBe('facebook');
    expect(idFor('https://www.instagram.com/')).toBe('instagram');
    expect(idFor('https://www.threads.com/')).toBe('threads');
    expect(idFor('https://www.threads.net/@mia')).toBe('threads');
    expect(idFor('https://bsky.app/')).toBe('bluesky');
    expect(idFor('https://mastodon.social/home')).toBe('mastodon');
    expect(idFor('https://www.tiktok.com/foryou')).toBe('tiktok');
  });

  it('reads nothing elsewhere, including look-alike hosts', () => {
    expect(idFor('https://example.com/')).toBeNull();
    expect(idFor('https://notx.com/')).toBeNull();
    expect(idFor('https://x.com.evil.example/')).toBeNull();
    expect(idFor('https://fosstodon.org/home')).toBeNull();
  });

  it('adds Mastodon instances the person chose at run time', () => {
    expect(idFor('https://fosstodon.org/home', ['fosstodon.org'])).toBe('mastodon');
    expect(idFor('https://Hachyderm.io/home', [' hachyderm.io '])).toBe('mastodon');
    expect(idFor('https://example.com/', ['fosstodon.org'])).toBeNull();
    expect(idFor('https://mastodon.social/home', ['fosstodon.org'])).toBe('mastodon');
  });
});

describe('the site registry (sites/registry.ts)', () => {
  it('is the one list: every declared site has its adapter, in order', () => {
    expect(SITES.map((site) => site.id)).toEqual([...SITE_IDS]);
    expect(ADAPTERS.map((a) => a.id)).toEqual(SITES.map((site) => site.id));
  });

  it("gives each declared host and match pattern to that site's adapter", () => {
    for (const site of SITES) {
      for (const host of site.hosts) {
        expect(idFor(`https://${host}/`), host).toBe(site.id);
        expect(idFor(`https://www.${host}/some/page`), `www.${host}`).toBe(site.id);
      }
      for (const pattern of site.matches) {
        const host = /^https:\/\/([^/]+)\/\*$/.exec(pattern)?.[1];
        expect(host, pattern).toBeDefined();
        expect(idFor(`https://${host}/`), pattern).toBe(site.id);
      }
    }
  });

  it('feeds the content script one pattern per declared host name', () => {
    expect(CONTENT_SCRIPT_MATCHES).toContain('https://old.reddit.com/*');
    expect(new Set(CONTENT_SCRIPT_MATCHES).size).toBe(CONTENT_SCRIPT_MATCHES.length);
    expect(CONTENT_SCRIPT_MATCHES.every((pattern) => pattern.startsWith('https://'))).toBe(true);
  });

  it('names the kind of page a person is on', () => {
    const kind = (site: SiteId, href: string) => pageKindOf(site, new URL(href));
    expect(kind('x', 'https://x.com/home')).toBe('feed');
    expect(kind('x', 'https://x.com/nasa')).toBe('profile');
    expect(kind('x', 'https://x.com/nasa/status/123')).toBe('thread');
    expect(kind('x', 'https://x.com/search?q=a')).toBe('search');
    expect(kind('x', 'https://x.com/settings/account')).toBe('other');
    expect(kind('reddit', 'https://www.reddit.com/')).toBe('feed');
    expect(kind('reddit', 'https://www.reddit.com/r/Breadit/comments/abc/title/')).toBe('thread');
    expect(kind('reddit', 'https://www.reddit.com/search/?q=bread')).toBe('search');
    expect(kind('old-reddit', 'https://old.reddit.com/r/Breadit/')).toBe('feed');
    expect(kind('old-reddit', 'https://old.reddit.com/user/someone/')).toBe('profile');
    expect(kind('hackernews', 'https://news.ycombinator.com/item?id=1')).toBe('thread');
    expect(kind('youtube', 'https://www.youtube.com/')).toBe('feed');
    expect(kind('youtube', 'https://www.youtube.com/watch?v=abc')).toBe('post');
    expect(kind('youtube', 'https://www.youtube.com/@channel')).toBe('profile');
    expect(kind('linkedin', 'https://www.linkedin.com/in/someone/recent-activity/all/')).toBe('profile');
    expect(kind('facebook', 'https://www.facebook.com/groups/123/')).toBe('group');
    expect(kind('facebook', 'https://www.facebook.com/someone')).toBe('profile');
    expect(kind('instagram', 'https://www.instagram.com/p/Cabc/')).toBe('post');
    expect(kind('instagram', 'https://www.instagram.com/someone/')).toBe('profile');
    expect(kind('threads', 'https://www.threads.com/@mia')).toBe('profile');
    expect(kind('threads', 'https://www.threads.com/@mia/post/Cabc')).toBe('post');
    expect(kind('bluesky', 'https://bsky.app/profile/a.bsky.social/post/3k')).toBe('thread');
    expect(kind('mastodon', 'https://mastodon.social/@ana/1234')).toBe('thread');
    expect(kind('mastodon', 'https://mastodon.social/home')).toBe('feed');
    expect(kind('tiktok', 'https://www.tiktok.com/@someone')).toBe('profile');
    expect(kind('tiktok', 'https://www.tiktok.com/foryou')).toBe('feed');
  });
});

describe('post-like containers on saved real pages (the feed health check evidence)', () => {
  const pages: [SiteId, string, string, number][] = [
    ['x', 'x/home-timeline-2025-11.html', 'https://x.com/home', 5],
    ['hackernews', 'hackernews/front-2026-04-26.html', 'https://news.ycombinator.com/', 30],
    ['old-reddit', 'reddit/old-reddit-comments-2025-01.html', 'https://old.reddit.com/r/a/comments/b/c/', 100],
    ['youtube', 'youtube/home-lockups-shorts-ads-2025-07.html', 'https://www.youtube.com/', 40],
  ];
  it.skipIf(!hasSharedFixtures).each(pages)('%s: %s shows post-like containers, outermost only', (site, file, url, atLeast) => {
    const doc = loadPage(path.join(SHARED_FIXTURES, file), url);
    const found = countPostLike(site, doc);
    expect(found).toBeGreaterThanOrEqual(atLeast);
    // Nested hooks count once: never more than every element the hooks match.
    expect(found).toBeLessThanOrEqual(doc.querySelectorAll(SITES.find((s) => s.id === site)!.postHooks).length);
  });
});
