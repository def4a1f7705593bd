// Instagram: the home feed and a post opened over it (each post an <article>), and a post's own page
// (no <article>: the post is the page's <main>).
// Evidence: SELECTORS.md (NFE feed; article / permalink / header author are "general knowledge";
// "what real pages showed": a 2026-03 single-post page has no <article>, the caption is main's first
// h1 with the author link near it; a 2025-11 post modal puts its <article> in a div[role="dialog"]
// outside main); sites/fixtures/instagram-*.html are written by hand from those facts. The feed
// caption hook (the longest span[dir=auto] outside the header) is unverified.
import { defineAdapter } from './define-adapter';
import { defineSite } from './define-site';
import { collectOutermost, hasLabel, isElement } from './dom';
import { hashKey } from './hash-key';
import { readMetaAiInfo } from './provenance';
import { readText } from './read-text';
import type { Post, SiteAdapter } from './types';
import { pathParts, toAbsoluteUrl } from './urls';

export const instagramSite = defineSite({
  id: 'instagram',
  name: 'Instagram',
  hosts: ['instagram.com'],
  matches: ['https://www.instagram.com/*'],
  postHooks: 'main article, div[role="dialog"] article, main a[href*="/p/"], main a[href*="/reel/"]',
  pages: [
    ['post', /^\/(p|reel|reels)\/|^\/[^/]+\/(p|reel)\//],
    ['search', /^\/explore\/(search|tags)/],
    ['feed', /^\/(explore\/?)?$/],
    ['other', /^\/(direct|accounts|stories)(\/|$)/],
    ['profile', /^\/[^/]+\/?$/],
  ],
});

const ORIGIN = 'https://www.instagram.com';

export const SELECTORS = {
  post: 'article',
  /** A post's own page (/p/CODE/, /reel/CODE/, also under /<user>/): the post fills <main>. */
  postPage: 'main',
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

export const instagramAdapter: SiteAdapter = defineAdapter(instagramSite, {
  // The body: a post opened as a modal sits in a dialog outside main, and the NFE feed container
  // (main > :nth-child(1) > div[style]) is not on a post's own page.
  feedRoot: () => null,
  findPosts: findInstagramPosts,
  readPost: (el) => (el.matches(SELECTORS.postPage) ? readPostPage(el) : readInstagramPost(el)),
  readProvenance: readMetaAiInfo,
});

/** Articles; on a post's own page with no article, its <main> (found from any node added inside it). */
function findInstagramPosts(root: ParentNode): Element[] {
  const articles = collectOutermost(root, SELECTORS.post);
  if (articles.length > 0) return articles;
  const doc = isElement(root) ? root.ownerDocument : (root as Document);
  if (!postCodeOf(doc.location?.pathname ?? '')) return [];
  const main = isElement(root) ? (root.closest(SELECTORS.postPage) ?? root.querySelector(SELECTORS.postPage)) : doc.querySelector(SELECTORS.postPage);
  // A post with no caption has no h1: main is still the post once its author link is there (readPostPage).
  if (!main || main.querySelector(SELECTORS.post)) return [];
  return [main];
}

/** "p" or "reel" and the code, from /p/CODE/, /reel/CODE/ or /<user>/p/CODE/. */
function postCodeOf(pathname: string): [string, string] | null {
  const match = pathname.match(/\/(p|reels?)\/([\w-]+)/);
  return match ? [match[1] === 'p' ? 'p' : 'reel', match[2]!] : null;
}

const NOT_ACCOUNTS = new Set(['explore', 'reels', 'direct', 'accounts', 'stories', 'p', 'reel']);

function readPostPage(main: Element): Post | null {
  const heading = main.querySelector(SELECTORS.captionHeading);
  const code = postCodeOf(main.ownerDocument.location?.pathname ?? '');
  if (!code) return null;
  const text = readText(heading);
  const author = findHandleBefore(main, heading);
  if (!text && !author) return null; // not rendered yet: read again when something fills it
  return {
    site: 'instagram',
    key: `instagram:${code[1]}`,
    author,
    text,
    permalink: toAbsoluteUrl(`/${code[0]}/${code[1]}/`, ORIGIN),
    sponsored: hasPaidPartnership(main),
    kind: code[0] === 'reel' ? 'video' : 'post',
  };
}

/** The post's author: the first one-segment profile link with text before the caption heading (if any). */
function findHandleBefore(main: Element, heading: Element | null): string | null {
  for (const link of Array.from(main.querySelectorAll('a[href^="/"]'))) {
    if (heading && !(link.compareDocumentPosition(heading) & 4)) break; // past the caption
    const parts = pathParts(link.getAttribute('href') ?? '', ORIGIN);
    if (parts.length === 1 && !NOT_ACCOUNTS.has(parts[0]!) && (link.textContent ?? '').trim()) return parts[0]!;
  }
  return null;
}

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
