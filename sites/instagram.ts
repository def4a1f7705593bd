// Instagram home feed (and single post pages): each post is an <article>.
// Evidence: SELECTORS.md (NFE feed; article / permalink / header author are "general knowledge, not
// checked against a saved page"); sites/fixtures/instagram-feed.html is written by hand from it.
// The caption hook (h1, else the longest span[dir=auto] outside the header) is unverified.
import { defineAdapter } from './define-adapter';
import { collectOutermost, hasLabel } from './dom';
import { hashKey } from './hash-key';
import { readText } from './read-text';
import type { Post, SiteAdapter } from './types';
import { isHost, pathParts, toAbsoluteUrl } from './urls';

const ORIGIN = 'https://www.instagram.com';

export const SELECTORS = {
  /** NFE feed container. */
  feed: 'main > :nth-child(1) > div[style]',
  post: 'article',
  permalink: 'a[href*="/p/"], a[href*="/reel/"]',
  /** The header's profile link: a one-segment path like /natgeo/. */
  profileLink: 'header a[href^="/"], a[href^="/"][role="link"]',
  /** Post pages put the caption in an h1; the feed in a span[dir=auto] below the media. */
  captionHeading: 'h1',
  captionRun: 'span[dir="auto"]',
  labels: 'span, a, div',
  /** "Paid partnership with <brand>" sits in the header (a link on current builds). */
  partnership: 'header a, header span',
} as const;

/** "Sponsored" is Instagram's ad label; "Paid partnership" discloses paid branded content. */
const SPONSORED = new Set(['Sponsored', 'Paid partnership']);

export const instagramAdapter: SiteAdapter = defineAdapter({
  id: 'instagram',
  matches: (url) => isHost(url, ['instagram.com']),
  feedRoot: (doc) => doc.querySelector(SELECTORS.feed),
  findPosts: (root) => collectOutermost(root, SELECTORS.post),
  readPost: readInstagramPost,
});

function readInstagramPost(el: Element): Post | null {
  const link = el.querySelector(SELECTORS.permalink);
  const [kindPart, code] = link ? pathParts(link.getAttribute('href') ?? '', ORIGIN).slice(-2) : [];
  const author = findHandle(el);
  const text = readCaption(el, author);
  if (!code && !author && !text) return null;
  const isReel = kindPart === 'reel';
  return {
    site: 'instagram',
    key: code ? `instagram:${code}` : hashKey('instagram', author, text),
    author,
    text,
    permalink: code ? toAbsoluteUrl(`/${isReel ? 'reel' : 'p'}/${code}/`, ORIGIN) : null,
    sponsored: hasLabel(el, SELECTORS.labels, SPONSORED) || hasPaidPartnership(el),
    kind: isReel ? 'video' : 'post',
  };
}

function findHandle(el: Element): string | null {
  for (const link of Array.from(el.querySelectorAll(SELECTORS.profileLink))) {
    const parts = pathParts(link.getAttribute('href') ?? '', ORIGIN);
    if (parts.length === 1 && parts[0] && (link.textContent ?? '').trim()) return parts[0];
  }
  return null;
}

/** The longest text run outside the header that is not just the author's name. */
function readCaption(el: Element, author: string | null): string {
  const heading = readText(el.querySelector(SELECTORS.captionHeading));
  if (heading) return heading;
  let best = '';
  for (const run of Array.from(el.querySelectorAll(SELECTORS.captionRun))) {
    if (run.closest('header, a, button, [role="button"]')) continue;
    const text = readText(run);
    if (text !== author && text.length > best.length) best = text;
  }
  return best;
}

function hasPaidPartnership(el: Element): boolean {
  return Array.from(el.querySelectorAll(SELECTORS.partnership)).some((n) => (n.textContent ?? '').trim().startsWith('Paid partnership'));
}
