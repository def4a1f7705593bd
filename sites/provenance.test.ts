// The platforms' own AI marks, read through each site's adapter (define-adapter.ts adds them).
// No saved real page in ../shared/fixtures shows one, so each fixture below is small and says what
// it assumes; the sources of each assumption are beside each site's reader (readProvenance in sites/<site>.ts).
import { describe, expect, it } from 'vitest';
import { adapterFor } from './index';
import { parseHtml } from './testing/load-fixture';
import type { Post, SiteAdapter } from './types';

function readFirst(url: string, html: string): Post | null {
  const adapter = adapterFor(new URL(url)) as SiteAdapter;
  const doc = parseHtml(`<html><body>${html}</body></html>`, url);
  const [el] = adapter.findPosts(doc);
  expect(el, 'the adapter finds the post').toBeDefined();
  return adapter.readPost(el!);
}

/** A post per site as its adapter reads it; MARK is where the platform's mark goes. */
const POSTS = {
  // Assumes: the mark sits inside the tweet article, as X renders Community Notes under the tweet text.
  x: ['https://x.com/home', '<article data-testid="tweet"><div data-testid="User-Name"><a href="/u">U</a></div><a href="/u/status/1"><time datetime="2026-01-01T00:00:00Z"></time></a><div data-testid="tweetText">Look at this storm over the bay</div>MARK</article>'],
  // Assumes: a 2025 lockup tile with a badge-shape whose aria-label starts "AI:".
  youtube: ['https://www.youtube.com/', '<ytd-rich-item-renderer><a href="/watch?v=abcdefghijk"></a><span id="video-title">Cat rescues a baby deer</span>MARK</ytd-rich-item-renderer>'],
  // Assumes: TikTok shows its label as a short text of its own inside the For You item.
  tiktok: ['https://www.tiktok.com/foryou', '<article data-e2e="recommend-list-item-container"><h3 data-e2e="video-author-uniqueid">u</h3><div data-e2e="video-desc">Dancing robots at the mall</div>MARK</article>'],
  // Assumes: Meta shows "AI info" as a short text of its own near the author, inside the post.
  facebook: ['https://www.facebook.com/', '<div aria-posinset="1"><div data-ad-rendering-role="profile_name">Ana</div>MARK<div data-ad-rendering-role="story_message">Sunset from my balcony</div></div>'],
  instagram: ['https://www.instagram.com/', '<article><header><a href="/u/" role="link">u</a>MARK</header><h1>Sunset from my balcony</h1></article>'],
  threads: ['https://www.threads.com/', '<div data-pressable-container="true"><a href="/@u">u</a>MARK<span dir="auto">Sunset from my balcony</span></div>'],
  // Assumes: social-app's label pill renders as a button whose accessible name is the label's name.
  bluesky: ['https://bsky.app/', '<div data-testid="feedItem-by-u.bsky.social"><a href="/profile/u/post/1">1h</a><div data-testid="postText">Sunset from my balcony</div>MARK</div>'],
} as const;

const post = (site: keyof typeof POSTS, mark: string) => readFirst(POSTS[site][0], POSTS[site][1].replace('MARK', mark));

describe('platform provenance', () => {
  it('reads YouTube\'s "Altered or synthetic content" from a tile badge or the watch page\'s section', () => {
    expect(post('youtube', '<badge-shape aria-label="AI: Altered or synthetic content"><div>AI</div></badge-shape>')?.provenance).toEqual({ source: 'youtube', says: 'altered-or-synthetic' });
    // The section's Learn-more link names the kind by Help Center answer, in every language.
    const section = '<how-this-was-made-section-view-model><div>Contenu modifié ou synthétique</div><a href="https://support.google.com/youtube/answer/15447836">En savoir plus</a></how-this-was-made-section-view-model>';
    expect(post('youtube', section)?.provenance?.says).toBe('altered-or-synthetic');
    // "Captured with a camera" is the same section with another answer: not a mark of AI.
    const camera = '<how-this-was-made-section-view-model><div>Captured with a camera</div><a href="https://support.google.com/youtube/answer/15446725">Learn more</a></how-this-was-made-section-view-model>';
    expect(post('youtube', camera)?.provenance).toBeUndefined();
    expect(post('youtube', '<badge-shape aria-label="4K"></badge-shape>')?.provenance).toBeUndefined();
  });

  it('reads TikTok\'s "Creator labeled as AI-generated" and "AI-generated"', () => {
    expect(post('tiktok', '<div><span>Creator labeled as AI-generated</span></div>')?.provenance).toEqual({ source: 'tiktok', says: 'ai-generated' });
    expect(post('tiktok', '<p>AI-generated</p>')?.provenance?.says).toBe('ai-generated');
  });

  it('reads Meta\'s "AI info" and "Made with AI" on Facebook, Instagram and Threads', () => {
    expect(post('facebook', '<span>AI info</span>')?.provenance).toEqual({ source: 'facebook', says: 'ai-info' });
    expect(post('instagram', '<div role="button"><span>AI info</span></div>')?.provenance).toEqual({ source: 'instagram', says: 'ai-info' });
    expect(post('threads', '<span>Made with AI</span>')?.provenance).toEqual({ source: 'threads', says: 'ai-info' });
  });

  it('does not take a caption that merely mentions the label for the label', () => {
    expect(post('instagram', '<span>Why does my photo say AI info? It is not made with AI at all</span>')?.provenance).toBeUndefined();
    expect(post('tiktok', '<span>this is NOT AI-generated, I promise</span>')?.provenance).toBeUndefined();
  });

  it('reads an X Community Note only when it says the media is AI-made', () => {
    const note = (words: string) => `<div data-testid="birdwatch-pivot" role="link"><div>Readers added context</div><div dir="ltr"><span>${words}</span></div></div>`;
    expect(post('x', note('This image is AI-generated. It was created with Midjourney.'))?.provenance).toEqual({ source: 'x', says: 'community-note' });
    expect(post('x', note('The video was made using AI and does not show a real storm.'))?.provenance?.says).toBe('community-note');
    expect(post('x', note('This photo is from 2019, not from this week.'))?.provenance).toBeUndefined();
    expect(post('x', note('AI researchers disagree with this chart.'))?.provenance).toBeUndefined();
  });

  it('reads a Bluesky labeler\'s AI label shown on the post, with its name', () => {
    const pill = (name: string) => `<div><button aria-label="${name}"><span>${name}</span></button></div>`;
    expect(post('bluesky', pill('AI Generated'))?.provenance).toEqual({ source: 'bluesky', says: 'labeler', label: 'AI Generated' });
    expect(post('bluesky', '<div role="button" aria-label="AI imagery"></div>')?.provenance?.label).toBe('AI imagery');
    expect(post('bluesky', pill('Adult Content'))?.provenance).toBeUndefined();
    expect(post('bluesky', '<button aria-label="Like (3 likes)"></button><button aria-label="Open post options menu"></button>')?.provenance).toBeUndefined();
  });

  it('leaves posts without a mark as they were, and reads no mark on sites that show none', () => {
    expect(post('x', '')).not.toHaveProperty('provenance');
    // Hacker News and Mastodon give no reader: words that would be a mark elsewhere are only words.
    const hn = readFirst('https://news.ycombinator.com/', '<table><tr class="athing" id="1"><td><span class="titleline"><a href="https://a.example/">Made with AI</a></span><span>AI info</span></td></tr></table>');
    expect(hn?.text).toBe('Made with AI');
    expect(hn).not.toHaveProperty('provenance');
    const toot = readFirst('https://mastodon.social/home', '<article data-id="1"><a class="status__display-name" href="/@ana">Ana</a><div class="status__content"><div class="status__content__text"><p>AI info</p></div></div><span>Made with AI</span></article>');
    expect(toot?.author).toBe('ana');
    expect(toot).not.toHaveProperty('provenance');
  });
});
