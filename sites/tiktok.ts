// TikTok web: the For You / Following feed. The server HTML has no post DOM (posts exist only in
// script#__UNIVERSAL_DATA_FOR_REHYDRATION__), so this reads the hydrated DOM only.
// Evidence: SELECTORS.md (data-e2e hooks, player id); sites/fixtures/tiktok-foryou.html is written by hand from it.
import { defineAdapter } from './define-adapter';
import { collectOutermost, hasLabel } from './dom';
import { hashKey } from './hash-key';
import { readText } from './read-text';
import type { Post, SiteAdapter } from './types';
import { isHost, pathParts, toAbsoluteUrl } from './urls';

const ORIGIN = 'https://www.tiktok.com';

export const SELECTORS = {
  feed: '#main-content-homepage_hot, [data-e2e="recommend-list-container"]',
  /** 2024+ article; older builds used a div with the same data-e2e. */
  post: '[data-e2e="recommend-list-item-container"]',
  authorId: '[data-e2e="video-author-uniqueid"]',
  authorAvatar: 'a[data-e2e="video-author-avatar"][href^="/@"]',
  caption: '[data-e2e="video-desc"]',
  /** The player's id ends in the video id (15–25 digits). */
  player: '[id^="xgwrapper-"]',
  /** data-e2e values naming an ad ("recommend-ad-card", "ad-tag"), never a substring like "header". */
  ad: '[data-e2e*="-ad-"], [data-e2e^="ad-"], [data-e2e$="-ad"]',
  labels: 'span, div, p',
} as const;

const SPONSORED = new Set(['Sponsored', 'Ad', 'Promoted']);

export const tiktokAdapter: SiteAdapter = defineAdapter({
  id: 'tiktok',
  matches: (url) => isHost(url, ['tiktok.com']),
  feedRoot: (doc) => doc.querySelector(SELECTORS.feed),
  findPosts: (root) => collectOutermost(root, SELECTORS.post),
  readPost: readVideo,
  labelAnchor: (el) => el.querySelector(SELECTORS.caption),
});

function readVideo(el: Element): Post | null {
  const avatarHref = el.querySelector(SELECTORS.authorAvatar)?.getAttribute('href') ?? '';
  const author = readText(el.querySelector(SELECTORS.authorId), 200) || pathParts(avatarHref, ORIGIN)[0]?.slice(1) || null;
  const text = readText(el.querySelector(SELECTORS.caption));
  const videoId = el.querySelector(SELECTORS.player)?.id.match(/(\d{15,25})$/)?.[1];
  if (!author && !text && !videoId) return null; // virtualised item not yet filled
  const caption = el.querySelector(SELECTORS.caption);
  return {
    site: 'tiktok',
    key: videoId ? `tiktok:${videoId}` : hashKey('tiktok', author, text),
    author,
    text,
    permalink: videoId && author ? toAbsoluteUrl(`/@${author}/video/${videoId}`, ORIGIN) : null,
    sponsored: el.querySelector(SELECTORS.ad) !== null || hasLabel(el, SELECTORS.labels, SPONSORED, caption),
    kind: 'video',
  };
}
