// old.reddit.com: listings and comment pages. Server-rendered "things" with data attributes (RES).
// Evidence: SELECTORS.md (RES Thing.js); no saved real page here, so sites/fixtures/old-reddit-*.html
// are written by hand from it.
import { defineAdapter } from './define-adapter';
import { collectOutermost } from './dom';
import { joinText, readText } from './read-text';
import type { Post, SiteAdapter } from './types';
import { isHost, toAbsoluteUrl } from './urls';

const ORIGIN = 'https://old.reddit.com';

export const SELECTORS = {
  /** The listing (RES bodyThingSelector roots). */
  feed: '#siteTable',
  /**
   * Link posts, and each comment's own entry. Comments nest (.child holds the replies' .thing), so a
   * comment's container is its .entry, which never nests.
   */
  post: '.thing.link, .thing.comment > .entry',
  title: '.entry a.title',
  /** Self-text and comment bodies. */
  body: '.usertext-body .md',
  promoted: '.promotedlink, [data-promoted="true"]',
} as const;

export const oldRedditAdapter: SiteAdapter = defineAdapter({
  id: 'old-reddit',
  matches: (url) => isHost(url, ['old.reddit.com']),
  feedRoot: (doc) => doc.querySelector(SELECTORS.feed),
  findPosts: (root) => collectOutermost(root, SELECTORS.post),
  readPost: (el) => (el.matches('.entry') ? readComment(el) : readLink(el)),
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

function accountName(value: string | null): string | null {
  const name = value?.trim();
  return name && name !== '[deleted]' ? name : null;
}
