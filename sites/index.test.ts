import { describe, expect, it } from 'vitest';
import { ADAPTERS, adapterFor } from './index';
import { SITE_IDS } from './types';

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
