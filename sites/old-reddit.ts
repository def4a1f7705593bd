// old.reddit.com: listings, search results and comment pages. Server-rendered "things" with data
// attributes (RES). A comment is judged as its own post.
// Evidence: ../shared/fixtures/reddit/old-reddit-comments-2025-01.html (real: 1 submission + 177
// comments; 3 tombstones), SELECTORS.md (RES Thing.js; "what real pages showed": #siteTable holds
// only the submission, comments sit in .commentarea > .sitetable.nestedlisting), and the hand-written
// sites/fixtures/old-reddit-listing.html.
import { defineAdapter } from './define-adapter';
import { defineSite } from './define-site';
import { collectOutermost } from './dom';
import { joinText, readText } from './read-text';
import type { Post, SiteAdapter } from './types';
import { toAbsoluteUrl } from './urls';

/** Shared with new Reddit (reddit.ts), which has the same kinds of page at the same paths. */
export const REDDIT_PAGES = [
  ['thread', /\/comments\//],
  ['search', /(^|\/)search\/?$|\/search\//],
  ['profile', /^\/(user|u)\//],
  ['feed', /^\/(r\/[^/]+\/?)?$|^\/r\/[^/]+\/(hot|new|top|rising|best)\/?$|^\/(hot|new|top|rising|best|popular|all)\/?$|^\/r\/(popular|all)\/?/],
] as const;

export const oldRedditSite = defineSite({
  id: 'old-reddit',
  nameMessage: 'siteOldReddit',
  hosts: ['old.reddit.com'],
  matches: ['https://old.reddit.com/*'],
  postHooks: '.thing.link[data-fullname], .thing.comment[data-fullname]',
  pages: REDDIT_PAGES,
});

const ORIGIN = 'https://old.reddit.com';

export const SELECTORS = {
  /**
   * The page's main column: it holds #siteTable (the listing, or only the submission on a comment
   * page) and .commentarea (the comments, nested by depth), which is why #siteTable alone found 1 of
   * 178 on a real thread. The sidebar (.side) stays outside.
   */
  feed: 'div.content[role="main"], #siteTable',
  /**
   * Link posts, and each comment's own entry. Comments nest (.child holds the replies' .thing), so a
   * comment's container is its .entry, which never nests.
   */
  post: '.thing.link, .thing.comment > .entry, .search-result-link[data-fullname]',
  title: '.entry a.title',
  /** Self-text and comment bodies. */
  body: '.usertext-body .md',
  promoted: '.promotedlink, [data-promoted="true"]',
} as const;

export const oldRedditAdapter: SiteAdapter = defineAdapter(oldRedditSite, {
  feedRoot: (doc) => doc.querySelector(SELECTORS.feed),
  findPosts: (root) => collectOutermost(root, SELECTORS.post),
  readPost: (el) => (el.matches('.entry') ? readComment(el) : el.matches('.search-result') ? readSearchResult(el) : readLink(el)),
});

function readLink(thing: Element): Post | null {
  const id = thing.getAttribute('data-fullname');
  if (!id) return null;
  return {
    site: 'old-reddit',
    key: `old-reddit:${id}`,
    author: accountName(thing.getAttribute('data-author')),
    text: joinText([readText(thing.querySelector(SELECTORS.title)), readText(thing.querySelector(SELECTORS.body))]),
    permalink: toAbsoluteUrl(thing.getAttribute('data-permalink'), ORIGIN),
    sponsored: thing.matches(SELECTORS.promoted),
    kind: 'post',
  };
}

function readComment(entry: Element): Post | null {
  const thing = entry.parentElement;
  const id = thing?.getAttribute('data-fullname');
  if (!thing || !id) return null;
  return {
    site: 'old-reddit',
    key: `old-reddit:${id}`,
    author: accountName(thing.getAttribute('data-author')),
    text: readText(entry.querySelector(SELECTORS.body)),
    permalink: toAbsoluteUrl(thing.getAttribute('data-permalink'), ORIGIN),
    sponsored: false,
    kind: 'comment',
  };
}

/** old.reddit search results (/search?q=): a div.search-result-link with data-fullname, title and author links. */
function readSearchResult(el: Element): Post | null {
  const id = el.getAttribute('data-fullname');
  const title = el.querySelector('a.search-title');
  if (!id || !title) return null;
  return {
    site: 'old-reddit',
    key: `old-reddit:${id}`,
    author: accountName(el.querySelector('a.author')?.textContent ?? null),
    text: joinText([readText(title), readText(el.querySelector('.search-result-body'))]),
    permalink: toAbsoluteUrl(el.querySelector('a.search-comments')?.getAttribute('href') ?? title.getAttribute('href'), ORIGIN),
    sponsored: false,
    kind: 'post',
  };
}

function accountName(value: string | null): string | null {
  const name = value?.trim();
  return name && name !== '[deleted]' ? name : null;
}
