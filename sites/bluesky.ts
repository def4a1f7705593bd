// Bluesky web app (bsky.app): feeds, profiles and thread pages. React Native Web markup with test ids.
// Evidence: SELECTORS.md (BSKY = bluesky-social/social-app PostFeedItem.tsx, PostMeta.tsx, PostThreadItem*;
// NFE feed page); no saved real page here, so sites/fixtures/bluesky-*.html are written by hand from it.
// Real 2023 and 2026 profile pages were all read (84 of 84) with these hooks.
import { defineAdapter } from './define-adapter';
import { defineSite } from './define-site';
import { collectOutermost, firstOutside } from './dom';
import { hashKey } from './hash-key';
import type { ProvenanceReader } from './provenance';
import { readText } from './read-text';
import type { Post, SiteAdapter } from './types';
import { pathParts, toAbsoluteUrl } from './urls';

export const blueskySite = defineSite({
  id: 'bluesky',
  name: 'Bluesky',
  hosts: ['bsky.app'],
  matches: ['https://bsky.app/*'],
  postHooks: '[data-testid^="feedItem-by-"], [data-testid^="postThreadItem-by-"]',
  pages: [
    ['thread', /^\/profile\/[^/]+\/post\//],
    ['feed', /^\/($|profile\/[^/]+\/(feed|lists)\/)/],
    ['profile', /^\/profile\//],
    ['search', /^\/search/],
  ],
});

const ORIGIN = 'https://bsky.app';

export const SELECTORS = {
  /** BSKY: the suffix is the author's handle. */
  post: '[data-testid^="feedItem-by-"], [data-testid^="postThreadItem-by-"]',
  threadItem: '[data-testid^="postThreadItem-by-"]',
  text: '[data-testid="postText"]',
  /** A quoted post's card holds its own postText and post link. BSKY's QuoteEmbed is a link card labelled
   * "Post by …"; other extensions match it as [aria-label^="Post by"] or a quoteEmbed test id. Unverified here. */
  quote: '[data-testid="quoteEmbed"], [aria-label^="Post by"]',
  /** BSKY PostMeta: the date link; its aria-label/title is the formatted date. There is no <time>. */
  permalink: 'a[href*="/post/"]',
} as const;

export const blueskyAdapter: SiteAdapter = defineAdapter(blueskySite, {
  // The body: only custom feed pages have a container id (NFE customFeedPage-feed), and the app swaps
  // screens in place, which would leave it observing a feed that is gone.
  feedRoot: () => null,
  findPosts: (root) => collectOutermost(root, SELECTORS.post),
  readPost: readSkeet,
  labelAnchor: (el) => firstOutside(el, SELECTORS.text, Array.from(el.querySelectorAll(SELECTORS.quote))),
  readProvenance: readAiLabel,
});

function readSkeet(el: Element): Post | null {
  const testId = el.getAttribute('data-testid') ?? '';
  const author = testId.slice(testId.indexOf('-by-') + 4) || null;
  const quotes = Array.from(el.querySelectorAll(SELECTORS.quote));
  const text = readText(firstOutside(el, SELECTORS.text, quotes));
  const href = firstOutside(el, SELECTORS.permalink, quotes)?.getAttribute('href') ?? null;
  const permalink = toAbsoluteUrl(href, ORIGIN);
  if (!permalink && !text) return null;
  const [, actor, , rkey] = permalink ? pathParts(permalink, ORIGIN) : [];
  return {
    site: 'bluesky',
    key: actor && rkey ? `bluesky:${actor}/${rkey}` : hashKey('bluesky', author, text),
    author,
    text,
    permalink,
    sponsored: false, // Bluesky shows no ads
    kind: isReply(el, permalink) ? 'reply' : 'post',
  };
}

/** On a thread page the anchor post is the one the URL names; the other thread items answer it or lead to it. */
function isReply(el: Element, permalink: string | null): boolean {
  if (!el.matches(SELECTORS.threadItem) || !permalink) return false;
  const page = el.ownerDocument.location?.pathname ?? '';
  return new URL(permalink).pathname !== page;
}

/** A label name that speaks of AI: "AI Generated", "AI Imagery", "Made with AI", "Synthetic media". */
const LABEL_SAYS_AI = /(^|[^a-z])(ai|a\.i\.)([^a-z]|$)|artificial intelligence|synthetic|deep\s?fake|gen(erative)?[- ]?ai/i;

/**
 * Bluesky's AI mark (provenance.ts): a labeler's label on a post is a pill button whose accessible name
 * is the label's name (social-app src/components/moderation/PostAlerts.tsx → Pills.Label,
 * `label={desc.name}`); counted when that name speaks of AI.
 */
function readAiLabel(el: Element): ReturnType<ProvenanceReader> {
  for (const pill of Array.from(el.querySelectorAll('button[aria-label], [role="button"][aria-label]'))) {
    const name = pill.getAttribute('aria-label')!.trim();
    if (name.length <= 60 && LABEL_SAYS_AI.test(name)) return { says: 'labeler', label: name };
  }
  return null;
}
