// Threads web (threads.com, formerly threads.net): home, profiles and post pages. Hashed classes
// everywhere; the hooks are data-pressable-container, profile links and the time link.
// Evidence: SELECTORS.md (post/author/permalink hooks; "what real pages showed": on a 2025 profile
// the NFE layout root matched three elements, the first empty, and 0 of 27 posts were found);
// defuddle's Threads extractor (one pressable container per threads_post_page_N pagelet); no saved
// real page here, so sites/fixtures/threads-*.html are written by hand from those facts. The text
// hook (span[dir=auto]) is what public Threads tools read; unverified on a saved page.
import { defineAdapter } from './define-adapter';
import { defineSite } from './define-site';
import { collectOutermost, hasLabel } from './dom';
import { hashKey } from './hash-key';
import { readMetaAiInfo } from './provenance';
import { joinText, readText } from './read-text';
import type { Post, SiteAdapter } from './types';
import { pathParts, toAbsoluteUrl } from './urls';

export const threadsSite = defineSite({
  id: 'threads',
  name: 'Threads',
  hosts: ['threads.com', 'threads.net'],
  matches: ['https://www.threads.com/*', 'https://www.threads.net/*'],
  postHooks: '[data-pressable-container], [data-pagelet^="threads_post_page_"]',
  pages: [
    ['post', /^\/@[^/]+\/post\//],
    ['profile', /^\/@/],
    ['search', /^\/search/],
    ['feed', /^\/(for_you|following)?\/?$/],
  ],
});

const ORIGIN = 'https://www.threads.com';

export const SELECTORS = {
  /** Every post and reply; a quoted post is a nested container (skipped as a post, kept out of the text). */
  post: '[data-pressable-container]',
  /** The time link is the permalink: /@user/post/CODE. */
  permalink: 'a[href*="/post/"]',
  author: 'a[href^="/@"]',
  /** Text runs are span[dir=auto] outside links and buttons (names, times and counts live in those). */
  textRun: 'span[dir="auto"]',
  notText: 'a, [role="button"], button, time',
  labels: 'span, div',
} as const;

const SPONSORED = new Set(['Sponsored']);

export const threadsAdapter: SiteAdapter = defineAdapter(threadsSite, {
  // The body: the NFE layout root (#barcelona-page-layout > div > div) matches several elements on a
  // real profile and the first is empty; the posts sit ~11 levels under a "Column body" region.
  feedRoot: () => null,
  findPosts: (root) => collectOutermost(root, SELECTORS.post),
  readPost: readThread,
  readProvenance: readMetaAiInfo,
});

function readThread(el: Element): Post | null {
  const own = (node: Element) => node.parentElement?.closest(SELECTORS.post) === el; // not in a quoted post
  const timeLink = Array.from(el.querySelectorAll(SELECTORS.permalink)).find((a) => own(a) && a.querySelector('time'));
  const permalink = toAbsoluteUrl(timeLink?.getAttribute('href'), ORIGIN);
  const authorLink = Array.from(el.querySelectorAll(SELECTORS.author)).find(own);
  const author = authorLink ? (pathParts(authorLink.getAttribute('href') ?? '', ORIGIN)[0]?.slice(1) ?? null) : null;
  const text = readOwnText(el, own);
  if (!permalink && !author && !text) return null;
  const code = permalink ? pathParts(permalink, ORIGIN)[2] : undefined;
  return {
    site: 'threads',
    key: code ? `threads:${code}` : hashKey('threads', author, text),
    author: author || null,
    text,
    permalink: permalink ? permalink.split('?')[0]! : null,
    sponsored: hasLabel(el, SELECTORS.labels, SPONSORED),
    kind: isReply(el, permalink) ? 'reply' : 'post',
  };
}

function readOwnText(el: Element, own: (node: Element) => boolean): string {
  const runs = Array.from(el.querySelectorAll(SELECTORS.textRun)).filter(
    (span) => own(span) && !span.closest(SELECTORS.notText) && !span.parentElement?.closest(SELECTORS.textRun),
  );
  const texts = runs.map((span) => readText(span)).filter((t) => !/^[\d.,KMkm]*$/.test(t)); // drop counts
  return joinText(texts);
}

/** On a post page (/@user/post/CODE) every other container answers it or leads to it. */
function isReply(el: Element, permalink: string | null): boolean {
  const page = el.ownerDocument.location?.pathname ?? '';
  if (!page.includes('/post/') || !permalink) return false;
  return new URL(permalink).pathname !== page;
}
