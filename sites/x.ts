// X / Twitter: home and list timelines, profiles, status pages with replies.
// Evidence: ../shared/fixtures/x/*.html and SELECTORS.md (CPFT = insin/control-panel-for-twitter script.js).
import { defineAdapter } from './define-adapter';
import { defineSite } from './define-site';
import { collectOutermost, firstOutside, hasLabel } from './dom';
import { hashKey } from './hash-key';
import type { ProvenanceReader } from './provenance';
import { joinText, readText } from './read-text';
import type { Post, SiteAdapter } from './types';
import { pathParts, toAbsoluteUrl } from './urls';

export const xSite = defineSite({
  id: 'x',
  name: 'X',
  hosts: ['x.com', 'twitter.com'],
  matches: ['https://x.com/*', 'https://twitter.com/*'],
  postHooks: 'article[data-testid="tweet"], div[data-testid="cellInnerDiv"] article',
  pages: [
    ['thread', /^\/[^/]+\/status\/\d+/],
    ['search', /^\/search/],
    ['feed', /^\/(home)?\/?$|^\/i\/lists\//],
    ['other', /^\/(i|settings|messages|notifications|explore|compose)(\/|$)/],
    ['profile', /^\/[A-Za-z0-9_]{1,15}(\/(with_replies|media|likes|highlights|articles))?\/?$/],
  ],
});

const ORIGIN = 'https://x.com';

export const SELECTORS = {
  /** CPFT Selectors.TIMELINE; present on home-timeline-2025-11 and article-status-2026-02. */
  timeline: 'div[data-testid="primaryColumn"] section > h1 + div[aria-label] > div',
  /** CPFT, DEF; 20 on home-timeline-2025-11. Nested articles are unavailable quotes, skipped by collectOutermost. */
  post: 'article[data-testid="tweet"]',
  /** tabindex="-1" marks the focal tweet of a status page (CPFT; tweet-2025-10, article-status-2026-02). */
  focal: 'article[data-testid="tweet"][tabindex="-1"]',
  /** CPFT, DEF: 25 on the home fixture counting quoted ones. */
  text: '[data-testid="tweetText"]',
  /** Long-form X Articles have no tweetText (article-status-2026-02). */
  articleTitle: '[data-testid="twitter-article-title"]',
  articleBody: '[data-testid="twitterArticleRichTextView"]',
  /** CPFT: the visually hidden "Quote" label; its parent's next sibling is the quoted tweet (home fixture). */
  quoteLabel: 'div[id^="id__"] > div[dir] > span',
  /** The quoted tweet is a role=link block holding its own User-Name (all three quote fixtures). */
  quoteBlock: 'div[role="link"]',
  userName: '[data-testid="User-Name"]',
  /** First link in User-Name is /handle (CPFT, DEF). */
  userLink: '[data-testid="User-Name"] a[href]',
  avatar: '[data-testid^="UserAvatar-Container-"]',
  /** The time link is the permalink (CPFT, DEF). */
  timeLink: 'a[href*="/status/"]',
  /** CPFT: tweet.closest() — never querySelector(): tweet-quote-video-2025-10 has one around an organic video. */
  promoted: '[data-testid="placementTracking"]',
  /** The tweet's menu button, which shares the header row with User-Name (home fixture). */
  caret: '[data-testid="caret"]',
  /** Newer ads show an "Ad" label in the header (SELECTORS.md). No saved page has one: sites/fixtures/x-status-ads.html. */
  adLabelCandidates: 'span',
} as const;

/** Exact header labels of promoted tweets, a few locales (seen in ad-hiding scripts). */
const AD_LABELS = new Set(['Ad', 'Promoted', 'Gesponsert', 'Sponsorisé', 'Promocionado', 'Patrocinado', 'Sponsorizzato', 'Реклама']);

export const xAdapter: SiteAdapter = defineAdapter(xSite, {
  feedRoot: (doc) => doc.querySelector(SELECTORS.timeline),
  findPosts: (root) => collectOutermost(root, SELECTORS.post),
  readPost: readTweet,
  // After the tweet's own text (never the quoted tweet's), or an Article's title.
  labelAnchor: (el) => {
    const quotes = findQuoteBlocks(el);
    return firstOutside(el, SELECTORS.text, quotes) ?? firstOutside(el, SELECTORS.articleTitle, quotes);
  },
  readProvenance: readAiNote,
});

function readTweet(el: Element): Post | null {
  const quotes = findQuoteBlocks(el);
  const permalink = findPermalink(el, quotes);
  const author = findHandle(el, quotes);
  const text = readTweetText(el, quotes);
  if (!permalink && !author && !text) return null; // scrolled-away shell
  const statusId = permalink?.match(/\/status\/(\d+)/)?.[1];
  return {
    site: 'x',
    key: statusId ? `x:${statusId}` : hashKey('x', author, text), // ads carry no status link
    author,
    text,
    permalink,
    sponsored: isPromoted(el, quotes),
    kind: isReplyOnStatusPage(el) ? 'reply' : 'post',
  };
}

function findQuoteBlocks(el: Element): Element[] {
  const blocks = new Set<Element>();
  for (const link of Array.from(el.querySelectorAll(SELECTORS.quoteBlock))) {
    if (link.querySelector(SELECTORS.userName)) blocks.add(link);
  }
  for (const label of Array.from(el.querySelectorAll(SELECTORS.quoteLabel))) {
    const quoted = label.parentElement?.nextElementSibling;
    if (quoted?.querySelector(SELECTORS.userName)) blocks.add(quoted);
  }
  return [...blocks];
}

function readTweetText(el: Element, quotes: Element[]): string {
  const own = firstOutside(el, SELECTORS.text, quotes);
  if (own) return readText(own);
  const title = firstOutside(el, SELECTORS.articleTitle, quotes);
  if (!title) return '';
  return joinText([readText(title), readText(firstOutside(el, SELECTORS.articleBody, quotes))]);
}

function findPermalink(el: Element, quotes: Element[]): string | null {
  for (const link of Array.from(el.querySelectorAll(SELECTORS.timeLink))) {
    if (quotes.some((q) => q.contains(link)) || !link.querySelector(':scope > time')) continue;
    return toAbsoluteUrl(link.getAttribute('href'), ORIGIN);
  }
  return null;
}

function findHandle(el: Element, quotes: Element[]): string | null {
  const link = firstOutside(el, SELECTORS.userLink, quotes);
  const fromLink = link ? pathParts(link.getAttribute('href') ?? '', ORIGIN)[0] : undefined;
  if (fromLink) return fromLink;
  const avatar = firstOutside(el, SELECTORS.avatar, quotes);
  const fromAvatar = avatar?.getAttribute('data-testid')?.slice('UserAvatar-Container-'.length);
  return fromAvatar && fromAvatar !== 'unknown' ? fromAvatar : null;
}

function isPromoted(el: Element, quotes: Element[]): boolean {
  if (el.closest(SELECTORS.promoted)) return true;
  const header = findHeader(el);
  if (!header || quotes.some((q) => q.contains(header))) return false;
  return hasLabel(header, SELECTORS.adLabelCandidates, AD_LABELS, header.querySelector(SELECTORS.userName));
}

/** The header row: the nearest ancestor of User-Name that also holds the caret menu (3 levels up on the
 * home fixture). The "Ad" label sits there, beside the caret; tweet text never does. */
function findHeader(el: Element): Element | null {
  let node = el.querySelector(SELECTORS.userName);
  for (let depth = 0; node && depth < 4; depth++) {
    node = node.parentElement;
    if (node?.querySelector(SELECTORS.caret)) return node;
  }
  return null;
}

/** On a status page every tweet but the focal one (and the thread above it) is a reply; all are tabindex 0. */
function isReplyOnStatusPage(el: Element): boolean {
  if (el.matches(SELECTORS.focal) || !el.ownerDocument.location?.pathname.includes('/status/')) return false;
  const focal = el.ownerDocument.querySelector(SELECTORS.focal);
  if (!focal || focal === el) return false;
  return Boolean(focal.compareDocumentPosition(el) & 4); // DOCUMENT_POSITION_FOLLOWING
}

/** A Community Note that says the media is AI-made, not one that merely mentions AI. */
const NOTE_SAYS_AI =
  /\b(AI|A\.I\.)[- ](generated|made|created|altered|edited|image|video|photo|picture)\b|\b(generated|created|made|altered|edited|produced)\s+(by|with|using)\s+(an?\s+)?(AI|A\.I\.|artificial intelligence|generative)\b|\bdeep\s?fake\b|\bnot\s+a\s+real\s+(photo|image|video)\b/i;

/**
 * X's own mark (provenance.ts): a Community Note is `[data-testid="birdwatch-pivot"]` inside the tweet
 * (used by translation and note extensions); counted only when its words say the media is AI-made.
 */
function readAiNote(el: Element): ReturnType<ProvenanceReader> {
  const note = el.querySelector('[data-testid="birdwatch-pivot"]');
  return note && NOTE_SAYS_AI.test(note.textContent ?? '') ? { says: 'community-note' } : null;
}
