// TikTok web: the For You / Following feed and profile grids. The server HTML has no post DOM (posts
// exist only in script#__UNIVERSAL_DATA_FOR_REHYDRATION__), so this reads the hydrated DOM only.
// Evidence: SELECTORS.md (data-e2e hooks, player id; "what real pages showed": profile grids are
// [data-e2e="user-post-item"] items linking to /@user/video/<id>, 0 of 956 found before; the caption
// [data-e2e="user-post-item-desc"] is on a 2024-05 page and missing on a 2024-12 one, whose only text is
// the image's alt); public profile scrapers put that caption beside the item, in the same grid cell.
// sites/fixtures/tiktok-*.html are written by hand from those facts.
import { defineAdapter } from './define-adapter';
import { defineSite } from './define-site';
import { collectOutermost, hasLabel } from './dom';
import { hashKey } from './hash-key';
import { shortTextReader } from './provenance';
import { normalizeText, readText } from './read-text';
import type { Post, SiteAdapter } from './types';
import { pathParts, toAbsoluteUrl } from './urls';

export const tiktokSite = defineSite({
  id: 'tiktok',
  name: 'TikTok',
  hosts: ['tiktok.com'],
  matches: ['https://www.tiktok.com/*'],
  postHooks: '[data-e2e="recommend-list-item-container"], [data-e2e="user-post-item"], [data-e2e="search_top-item"], [data-e2e="feed-video"]',
  pages: [
    ['post', /\/(video|photo)\/\d+/],
    ['profile', /^\/@/],
    ['search', /^\/search/],
    ['feed', /^\/($|foryou|following|explore)/],
  ],
});

const ORIGIN = 'https://www.tiktok.com';

export const SELECTORS = {
  /**
   * Feed items (2024+ article; older builds a div with the same data-e2e; the Following feed uses the
   * same item) and profile grid items (posts, and the liked tab).
   */
  post: '[data-e2e="recommend-list-item-container"], [data-e2e="user-post-item"], [data-e2e="user-liked-item"]',
  gridItem: '[data-e2e="user-post-item"], [data-e2e="user-liked-item"]',
  /** A grid item's link: /@user/video/<id> (or /photo/<id> for photo posts). */
  gridLink: 'a[href*="/video/"], a[href*="/photo/"]',
  /** The grid caption: inside the item or beside it in the grid cell (public profile scrapers). */
  gridCaption: '[data-e2e="user-post-item-desc"]',
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

export const tiktokAdapter: SiteAdapter = defineAdapter(tiktokSite, {
  // The body: the For You container is absent on profiles, and TikTok swaps pages in place.
  feedRoot: () => null,
  findPosts: (root) => collectOutermost(root, SELECTORS.post),
  readPost: (el) => (el.matches(SELECTORS.gridItem) ? readGridItem(el) : readVideo(el)),
  labelAnchor: (el) => el.querySelector(SELECTORS.caption),
  // TikTok's own AI mark (provenance.ts): "Creator labeled as AI-generated", or "AI-generated" /
  // "Contains AI-generated media" when TikTok applied it (TikTok's posting API docs and scrapers that
  // match the visible text). No stable attribute known: matched as a short text of its own.
  readProvenance: shortTextReader(['Creator labeled as AI-generated', 'AI-generated', 'Contains AI-generated media'], 'ai-generated'),
});

function readGridItem(el: Element): Post | null {
  const href = el.querySelector(SELECTORS.gridLink)?.getAttribute('href') ?? '';
  const [user, kind, id] = pathParts(href, ORIGIN).slice(-3);
  const author = user?.startsWith('@') ? user.slice(1) : null;
  const videoId = (kind === 'video' || kind === 'photo') && id && /^\d+$/.test(id) ? id : null;
  const text = readGridCaption(el);
  if (!videoId && !text) return null; // a placeholder cell before the grid fills it
  return {
    site: 'tiktok',
    key: videoId ? `tiktok:${videoId}` : hashKey('tiktok', author, text),
    author,
    text,
    permalink: videoId && author ? toAbsoluteUrl(`/@${author}/${kind}/${videoId}`, ORIGIN) : null,
    sponsored: false, // profile grids carry no ads
    kind: 'video',
  };
}

/** The caption (its text, or its link's title), else the cover image's alt without " created by …". */
function readGridCaption(el: Element): string {
  const caption = el.querySelector(SELECTORS.gridCaption) ?? el.parentElement?.querySelector(SELECTORS.gridCaption);
  const text = readText(caption) || (caption?.querySelector('a[title]')?.getAttribute('title') ?? '').trim();
  if (text) return text;
  const alt = el.querySelector('img[alt]')?.getAttribute('alt') ?? '';
  const by = alt.lastIndexOf(' created by ');
  return normalizeText(by > 0 ? alt.slice(0, by) : alt);
}

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
