// Facebook News Feed, 2018 classic markup to the 2024+ comet feed.
// Evidence: ../shared/fixtures/facebook/legacy-2018-*.html (real, three sponsored),
// sites/fixtures/facebook-feed-2025.html (hand-written from SELECTORS.md) and SELECTORS.md.
import { defineAdapter } from './define-adapter';
import { collectOutermost } from './dom';
import { hashKey } from './hash-key';
import { readText } from './read-text';
import type { Post, SiteAdapter } from './types';
import { findFacebookAuthor, isFacebookSponsored } from './facebook-header';
import { isHost, toAbsoluteUrl } from './urls';

const ORIGIN = 'https://www.facebook.com';

export const SELECTORS = {
  /** NFE / 2022+: the feed; posts sit inside it. */
  feed: '[role="feed"]',
  /** Every feed post carries aria-posinset (all four 2018 fixtures; 2022-25 per SELECTORS.md). */
  post: 'div[aria-posinset]',
  /** Message, newest first: 2024+ story_message, 2020-23 comet/preview message, 2018 userContent (fixtures). */
  message: [
    '[data-ad-rendering-role="story_message"]',
    '[data-ad-comet-preview="message"]',
    '[data-ad-preview="message"]',
    '[data-testid="post_message"]',
    '.userContent',
  ].join(', '),
  /** Comments are role=article too, labelled "Comment by …" / "Reply by …" (SELECTORS.md). */
  comment: '[role="article"][aria-label]',
  /** Permalink candidates; the path decides (a story_fbid in a tracking parameter is not a permalink). */
  permalink: 'a[href*="/posts/"], a[href*="permalink.php"], a[href*="story.php"], a[href*="/videos/"], a[href*="/reel/"], a[href*="/photo"]',
} as const;

export const facebookAdapter: SiteAdapter = defineAdapter({
  id: 'facebook',
  matches: (url) => isHost(url, ['facebook.com']),
  feedRoot: (doc) => doc.querySelector(SELECTORS.feed),
  findPosts: (root) => collectOutermost(root, SELECTORS.post),
  readPost: readFacebookPost,
});

function readFacebookPost(el: Element): Post | null {
  const message = findMessage(el);
  const text = readText(message);
  const author = findFacebookAuthor(el, message);
  const permalink = findPermalink(el);
  if (!text && !author && !permalink) return null; // virtualised shell: the feed emptied it off-screen
  const id = permalink?.match(/(?:posts|videos|reel)\/(\w+)|(?:story_fbid|fbid)=(\w+)/); // numeric or pfbid…
  return {
    site: 'facebook',
    key: id ? `facebook:${id[1] ?? id[2]}` : hashKey('facebook', author, text),
    author,
    text,
    permalink,
    sponsored: isFacebookSponsored(el),
    kind: 'post',
  };
}

/** The first non-empty message that is not inside a comment (2018 shared stories nest an empty outer one). */
function findMessage(el: Element): Element | null {
  for (const candidate of Array.from(el.querySelectorAll(SELECTORS.message))) {
    if (isInComment(candidate, el)) continue;
    if ((candidate.textContent ?? '').trim()) return candidate;
  }
  return null;
}

function isInComment(node: Element, post: Element): boolean {
  const article = node.closest(SELECTORS.comment);
  return article !== null && article !== post && post.contains(article);
}

/** Canonical post URL: tracking parameters dropped, only ids kept for permalink.php / story.php. */
function findPermalink(el: Element): string | null {
  for (const link of Array.from(el.querySelectorAll(SELECTORS.permalink))) {
    if (isInComment(link, el)) continue;
    const url = toAbsoluteUrl(link.getAttribute('href'), ORIGIN);
    if (!url) continue;
    const parsed = new URL(url);
    if (/\/(posts|videos|reel)\/[\w.]*\d/.test(parsed.pathname)) return `${parsed.origin}${parsed.pathname}`;
    const story = parsed.searchParams.get('story_fbid') ?? parsed.searchParams.get('fbid');
    if (story && /^\w+$/.test(story)) {
      const owner = parsed.searchParams.get('id');
      return `${parsed.origin}${parsed.pathname}?${parsed.pathname.startsWith('/photo') ? 'fbid' : 'story_fbid'}=${story}${owner ? `&id=${owner}` : ''}`;
    }
  }
  return null;
}
