// YouTube: home grid, watch page (the watched video, its recommendations and its comments), ytd-*
// (≤2024) and 2025 lockup markup. The video title is the text; a comment is judged as its own post.
// Evidence: ../shared/fixtures/youtube/watch-2022-12.html (ytd-*), sites/fixtures/youtube-*.html
// (hand-written from SELECTORS.md for 2025 lockups) and SELECTORS.md (NFE, DEF).
import { defineAdapter } from './define-adapter';
import { defineSite } from './define-site';
import { collectOutermost, readFirstText } from './dom';
import type { ProvenanceReader } from './provenance';
import { readText } from './read-text';
import type { Post, SiteAdapter } from './types';
import { toAbsoluteUrl } from './urls';

export const youtubeSite = defineSite({
  id: 'youtube',
  name: 'YouTube',
  hosts: ['youtube.com'],
  matches: ['https://www.youtube.com/*'],
  postHooks: 'ytd-rich-item-renderer, yt-lockup-view-model, ytd-video-renderer, ytd-compact-video-renderer, ytd-grid-video-renderer, ytm-shorts-lockup-view-model, ytm-shorts-lockup-view-model-v2, ytd-comment-thread-renderer',
  pages: [
    ['post', /^\/(watch|shorts\/)/],
    ['search', /^\/results/],
    ['profile', /^\/(@|channel\/|c\/|user\/)/],
    ['feed', /^\/(feed\/[^/]+)?\/?$/],
  ],
});

const ORIGIN = 'https://www.youtube.com';

export const SELECTORS = {
  /**
   * The page manager holds every page YouTube swaps in (home, watch, search, channel) and nothing of
   * the masthead. The home grid or the recommendations alone (NFE) left out the watched video and
   * its comments, and a grid left behind when the person opens a video.
   */
  feed: 'ytd-page-manager',
  /** Outermost item per tile: a rich item wraps ytd-rich-grid-media / yt-lockup-view-model / an ad slot. */
  item: [
    'ytd-rich-item-renderer',
    'ytd-compact-video-renderer', // ≤2024 recommendations: 19 on watch-2022-12
    'ytd-compact-radio-renderer', // "Mix" playlists: 1 on watch-2022-12
    'ytd-compact-playlist-renderer',
    'ytd-compact-promoted-video-renderer', // ≤2024 ad tile: 1 on watch-2022-12
    'yt-lockup-view-model', // 2025 recommendations and grid items
    'ytm-shorts-lockup-view-model',
    'ytm-shorts-lockup-view-model-v2',
    'ytd-ad-slot-renderer', // ads outside a rich item
    'ytd-watch-metadata', // the watched video (video-id attribute); 2022-12 onwards
    'ytd-comment-view-model', // a comment or reply, 2024+ (replies are siblings, not nested)
    'ytd-comment-renderer', // a comment or reply, ≤2023
  ].join(', '),
  comment: 'ytd-comment-view-model, ytd-comment-renderer',
  commentText: '#content-text',
  /** The commenter's handle link ("/@name"); its text is "@name". */
  commentAuthor: '#author-text',
  /** The comment's own time link carries its id: watch?v=…&lc=<comment id>. */
  commentLink: '#published-time-text a, a[href*="lc="]',
  /** Tried in order, first non-empty wins. ≤2024: #video-title (span in compact renderers, a#video-title-link
   * in the grid); 2025 lockups; newest builds; shorts; any heading (ad layouts). */
  title: [
    '#video-title',
    '.yt-lockup-metadata-view-model__title',
    '.ytLockupMetadataViewModelTitle',
    '.shortsLockupViewModelHostMetadataTitle',
    'h3',
    'feed-ad-metadata-view-model', // 2025 in-feed ad: headline + description (home-lockups-shorts-ads-2025-07)
  ],
  /** The watched video's title (watch-2022-12: ytd-watch-metadata #title h1). */
  watchTitle: ['#title h1', 'h1.title', 'h1'],
  /** Saved and live pages link Shorts both as "/shorts/ID" and "https://www.youtube.com/shorts/ID". */
  videoLink: 'a[href*="watch?v="], a[href*="/shorts/"], a[href*="adurl="]',
  /** Tried in order, first non-empty wins: ad tiles leave #text empty and name the advertiser in #tooltip. */
  channel: [
    'ytd-channel-name #text',
    'ytd-channel-name a',
    'ytd-channel-name #tooltip',
    '.yt-content-metadata-view-model__metadata-text', // 2025: first metadata row is the channel
    '.ytContentMetadataViewModelMetadataText',
    'a[href^="/@"], a[href^="/channel/"], a[href^="/user/"]', // ad tiles: the advertiser's channel link
  ],
  /** The watched video's channel, under #owner (watch-2022-12). */
  watchChannel: ['#owner ytd-channel-name #text', '#owner ytd-channel-name a'],
  /** Ads: ≤2024 promoted tiles, ad slots inside rich items, and "Sponsored" badges on 2025 lockups. */
  ad: 'ytd-compact-promoted-video-renderer, ytd-ad-slot-renderer, ytd-in-feed-ad-layout-renderer, ytd-promoted-video-renderer, ytd-display-ad-renderer',
  adBadge: '.badge-style-type-ad, badge-shape.badge-shape-wiz--ad, [aria-label="Sponsored"]',
  mix: 'ytd-compact-radio-renderer, ytd-compact-playlist-renderer',
} as const;

export const youtubeAdapter: SiteAdapter = defineAdapter(youtubeSite, {
  feedRoot: (doc) => doc.querySelector(SELECTORS.feed),
  findPosts: (root) => collectOutermost(root, SELECTORS.item),
  readPost: (el) => (el.matches(SELECTORS.comment) ? readComment(el) : readVideo(el)),
  readProvenance: readAiMark,
});

function readComment(el: Element): Post | null {
  const text = readText(el.querySelector(SELECTORS.commentText));
  const handle = readText(el.querySelector(SELECTORS.commentAuthor), 200).replace(/^@/, '');
  const href = toAbsoluteUrl(el.querySelector(SELECTORS.commentLink)?.getAttribute('href'), ORIGIN);
  const commentId = href ? new URL(href).searchParams.get('lc') : null;
  if (!text && !handle) return null; // a placeholder before the comment renders
  return {
    site: 'youtube',
    key: commentId ? `youtube:comment:${commentId}` : `youtube:comment:${handle}:${text.slice(0, 80)}`,
    author: handle || null,
    text,
    permalink: href,
    sponsored: false,
    kind: 'comment',
  };
}

function readVideo(el: Element): Post | null {
  const isWatched = el.matches('ytd-watch-metadata');
  const text = readFirstText(el, isWatched ? SELECTORS.watchTitle : SELECTORS.title, (t) => readText(t));
  const href = isWatched ? null : findVideoHref(el);
  const videoId = isWatched ? el.getAttribute('video-id') : videoIdOf(href);
  if (!text && !videoId) return null; // grid placeholders before hydration
  const isAd = el.matches(SELECTORS.ad) || el.querySelector(SELECTORS.ad) !== null;
  const listId = href ? new URL(href, ORIGIN).searchParams.get('list') : null;
  return {
    site: 'youtube',
    key: videoId ? `youtube:${listId ? `${listId}:` : ''}${videoId}` : `youtube:${text.slice(0, 80)}`,
    author: el.matches(SELECTORS.mix) ? null : readChannel(el, isWatched),
    text,
    permalink: permalinkOf(href, videoId, listId),
    sponsored: isAd || el.querySelector(SELECTORS.adBadge) !== null,
    kind: isAd ? 'ad' : 'video',
  };
}

/** Mixes are assembled by YouTube: their "channel" line reads "More from this channel for you". */
function readChannel(el: Element, isWatched: boolean): string | null {
  return readFirstText(el, isWatched ? SELECTORS.watchChannel : SELECTORS.channel, (c) => readText(c, 200)) || null;
}

function findVideoHref(el: Element): string | null {
  const link = el.querySelector(SELECTORS.videoLink);
  return link ? toAbsoluteUrl(link.getAttribute('href'), ORIGIN) : null;
}

/** watch?v=ID, /shorts/ID, or an ad redirect whose adurl/video_id names the video. */
function videoIdOf(href: string | null): string | null {
  if (!href) return null;
  const url = new URL(href);
  const shorts = url.pathname.match(/^\/shorts\/([\w-]{6,})/);
  if (shorts?.[1]) return shorts[1];
  const fromAd = url.searchParams.get('video_id') ?? videoIdOf(toAbsoluteUrl(url.searchParams.get('adurl'), ORIGIN));
  return url.hostname.endsWith('youtube.com') && url.pathname === '/watch' ? url.searchParams.get('v') : fromAd;
}

/** Canonical watch or shorts URL, dropping tracking parameters (and ad redirects). */
function permalinkOf(href: string | null, videoId: string | null, listId: string | null): string | null {
  if (!videoId) return null;
  if (href?.includes('/shorts/')) return `${ORIGIN}/shorts/${videoId}`;
  return `${ORIGIN}/watch?v=${videoId}${listId ? `&list=${listId}` : ''}`;
}

/**
 * YouTube's own AI mark (provenance.ts). The watch page's "How this content was made" section is a
 * `how-this-was-made-section-view-model`; its "Learn more" link goes to Help Center answer 15447836 for
 * altered or synthetic content (15446725 is "captured with a camera", 15569972 auto-dubbed audio), which
 * names the kind in every language. Tiles and Shorts carry a `badge-shape` whose aria-label is
 * "AI: Altered or synthetic content" / "AI: Content was made with AI". Both as used by public AI-filter
 * extensions and extractors in 2025-26 (found through code search).
 */
const AI_MARKS = [
  'a[href*="support.google.com/youtube/answer/15447836"]',
  'how-this-was-made-section-view-model',
  'badge-shape[aria-label]',
].join(', ');
const AI_WORDS = /^AI\s*[:：]|altered or synthetic|made with AI/i;

function readAiMark(el: Element): ReturnType<ProvenanceReader> {
  for (const mark of Array.from(el.querySelectorAll(AI_MARKS))) {
    const words = mark.localName === 'a' ? 'altered or synthetic' : (mark.getAttribute('aria-label') ?? mark.textContent ?? '');
    if (AI_WORDS.test(words)) return { says: 'altered-or-synthetic' };
  }
  return null;
}
