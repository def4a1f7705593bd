// Posts are written by strangers. Whatever they contain — markup-looking text, 100 KB of text,
// thousands of nested elements, a <script> — every adapter must return plain, capped text and never throw.
import { describe, expect, it } from 'vitest';
import { defineAdapter } from './define-adapter';
import { adapterFor } from './index';
import { TEXT_LIMIT } from './read-text';
import { parseHtml } from './testing/load-fixture';
import type { Post, SiteAdapter } from './types';
import { xSite } from './x';

/** Minimal post markup per site, with TEXT where the post's own text goes (from each adapter's SELECTORS). */
const TEMPLATES: Record<string, { url: string; html: string }> = {
  x: { url: 'https://x.com/home', html: '<article data-testid="tweet"><div data-testid="User-Name"><a href="/u">U</a></div><a href="/u/status/1"><time></time></a><div data-testid="tweetText">TEXT</div></article>' },
  reddit: { url: 'https://www.reddit.com/', html: '<shreddit-post id="t3_1" author="u" permalink="/r/a/comments/1/"><div slot="text-body">TEXT</div></shreddit-post>' },
  'old-reddit': { url: 'https://old.reddit.com/', html: '<div class="thing link" data-fullname="t3_1" data-author="u"><div class="entry"><div class="usertext-body"><div class="md">TEXT</div></div></div></div>' },
  hackernews: { url: 'https://news.ycombinator.com/item?id=1', html: '<table><tr class="athing comtr" id="1"><td><a class="hnuser">u</a><div class="commtext">TEXT</div></td></tr></table>' },
  youtube: { url: 'https://www.youtube.com/', html: '<ytd-rich-item-renderer><a href="/watch?v=abcdefghijk"></a><span id="video-title">TEXT</span></ytd-rich-item-renderer>' },
  linkedin: { url: 'https://www.linkedin.com/feed/', html: '<div data-id="urn:li:activity:1"><span class="update-components-actor__title">U</span><div class="update-components-text">TEXT</div></div>' },
  facebook: { url: 'https://www.facebook.com/', html: '<div aria-posinset="1"><div data-ad-rendering-role="profile_name">U</div><div data-ad-rendering-role="story_message">TEXT</div></div>' },
  instagram: { url: 'https://www.instagram.com/', html: '<article><header><a href="/u/" role="link">u</a></header><h1>TEXT</h1></article>' },
  threads: { url: 'https://www.threads.com/', html: '<div data-pressable-container="true"><a href="/@u">u</a><span dir="auto">TEXT</span></div>' },
  bluesky: { url: 'https://bsky.app/', html: '<div data-testid="feedItem-by-u.bsky.social"><a href="/profile/u/post/1">1h</a><div data-testid="postText">TEXT</div></div>' },
  mastodon: { url: 'https://mastodon.social/home', html: '<article data-id="1"><a class="status__display-name" href="/@u">U</a><div class="status__content__text">TEXT</div></article>' },
  tiktok: { url: 'https://www.tiktok.com/foryou', html: '<article data-e2e="recommend-list-item-container"><h3 data-e2e="video-author-uniqueid">u</h3><div data-e2e="video-desc">TEXT</div></article>' },
};

function readOne(site: string, textHtml: string) {
  const { url, html } = TEMPLATES[site]!;
  const adapter = adapterFor(new URL(url)) as SiteAdapter;
  const doc = parseHtml(`<html><body>${html.replace('TEXT', textHtml)}</body></html>`, url);
  const els = adapter.findPosts(doc);
  expect(els).toHaveLength(1);
  return { adapter, doc, post: adapter.readPost(els[0]!) };
}

describe.each(Object.keys(TEMPLATES))('%s adapter on hostile posts', (site) => {
  it('returns markup-looking and script-like text as plain text, and skips real <script> contents', () => {
    const { post } = readOne(site, '&lt;img src=x onerror="alert(1)"&gt; &lt;/div&gt;<script>steal()</script> hi');
    expect(post?.text).toBe('<img src=x onerror="alert(1)"> </div> hi');
  });

  it(`caps 100 KB of text at ${TEXT_LIMIT} characters`, () => {
    const { post } = readOne(site, 'outrage '.repeat(12_800));
    expect(post?.text.length).toBeLessThanOrEqual(TEXT_LIMIT);
    expect(post?.text.length).toBeGreaterThan(TEXT_LIMIT - 10);
  });

  it('reads through 3,000 nested elements inside the post without throwing', () => {
    const { adapter, doc } = readOne(site, '<b id="deep"></b>');
    let node = doc.getElementById('deep')!;
    for (let i = 0; i < 3000; i++) node = node.appendChild(doc.createElement(i % 2 ? 'span' : 'div'));
    node.textContent = 'bottom';
    const els = adapter.findPosts(doc.body);
    expect(els).toHaveLength(1);
    expect(adapter.readPost(els[0]!)?.text).toBe('bottom');
  });
});

describe('defineAdapter', () => {
  it('turns a throwing adapter into empty answers, so one bad post cannot break the watcher', () => {
    const boom = (): never => {
      throw new Error('hostile');
    };
    const safe = defineAdapter(xSite, { matches: boom, feedRoot: boom, findPosts: boom, readPost: boom });
    const doc = parseHtml('<p>x</p>');
    expect(safe.matches(new URL('https://x.com/'))).toBe(false);
    expect(safe.feedRoot(doc)).toBeNull();
    expect(safe.findPosts(doc)).toEqual([]);
    expect(safe.readPost(doc.body)).toBeNull();
  });

  it('keeps the post when the platform mark cannot be read', () => {
    const post: Post = { site: 'x', key: 'x:1', author: 'ana', text: 'hello', permalink: null, sponsored: false, kind: 'post' };
    const safe = defineAdapter(xSite, {
      feedRoot: () => null,
      findPosts: () => [],
      readPost: () => post,
      readProvenance: () => {
        throw new Error('hostile');
      },
    });
    expect(safe.readPost(parseHtml('<p>x</p>').body)).toEqual(post);
  });
});
