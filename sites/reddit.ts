// Reddit, new UI ("shreddit"): feeds (home, popular, subreddits), comment pages and search results.
// Posts are custom elements whose attributes carry the metadata, so little depends on layout; a
// comment is judged as its own post. Search results are not shreddit-posts but test-id units.
// Evidence: SELECTORS.md (NFE feed, DEF text/comments, filter lists for ads; "what real pages showed":
// search results are div[data-testid="search-post-unit"], 0 of 55 found before), search extractors in
// public scrapers (post-title / post-title-text links, sdui-post-unit); no saved real page here, so
// sites/fixtures/reddit-*.html are written by hand from those facts.
import { defineAdapter } from './define-adapter';
import { defineSite } from './define-site';
import { collectOutermost } from './dom';
import { hashKey } from './hash-key';
import { oldRedditAdapter, oldRedditSite, REDDIT_PAGES, SELECTORS as OLD_REDDIT } from './old-reddit';
import { joinText, readText } from './read-text';
import type { Post, SiteAdapter } from './types';
import { isHost, toAbsoluteUrl } from './urls';

export const redditSite = defineSite({
  id: 'reddit',
  name: 'Reddit',
  hosts: ['reddit.com'],
  matches: ['https://www.reddit.com/*'],
  postHooks: 'shreddit-post, shreddit-comment, shreddit-feed article, [data-testid="search-post-unit"], .thing[data-fullname]',
  pages: REDDIT_PAGES,
});

const ORIGIN = 'https://www.reddit.com';

export const SELECTORS = {
  /**
   * Post cards, ad cards, each comment's own body, and search results. Comments nest (a reply is
   * inside its parent's shreddit-comment), so the container is the comment's body slot, which never
   * nests (DEF). Search units: "search-post-unit" (SELECTORS.md, 2025-07), "sdui-post-unit" and
   * "search-sdui-post" (the newer names public search extractors also wait for).
   */
  post: [
    'shreddit-post',
    'shreddit-ad-post',
    'shreddit-comment > div[slot="comment"]',
    '[data-testid="search-post-unit"]',
    '[data-testid="sdui-post-unit"]',
    '[data-testid="search-sdui-post"]',
  ].join(', '),
  searchUnit: '[data-testid="search-post-unit"], [data-testid="sdui-post-unit"], [data-testid="search-sdui-post"]',
  /** A search result's title link: /r/<sub>/comments/<id>/…, its aria-label or text the title. */
  searchTitle: 'a[data-testid="post-title"], a[data-testid="post-title-text"], a[href*="/comments/"]',
  /** Title: attribute post-title, else the title slot (DEF). */
  title: '[slot="title"]',
  /** Self-text body (DEF), 2024 and 2025 variants. */
  body: '[slot="text-body"], shreddit-post-text-body div[property="schema:articleBody"]',
  comment: 'shreddit-comment',
  /** Ads: ad custom elements and the promoted attribute (filter lists, SELECTORS.md). */
  ad: 'shreddit-ad-post, shreddit-comments-page-ad, shreddit-comment-tree-ad, shreddit-dynamic-ad-link, [promoted]',
} as const;

export const redditAdapter: SiteAdapter = defineAdapter(redditSite, {
  // www, new, sh and the bare host; old.reddit.com has its own adapter.
  matches: (url) => isHost(url, redditSite.hosts) && !isHost(url, oldRedditSite.hosts),
  // Observe the body: shreddit-feed exists on feeds only (not on comment pages or search), and
  // Reddit swaps pages in place, which would leave a feed root observed but gone.
  feedRoot: (doc) => (doc.getElementById('siteTable') ? oldRedditAdapter.feedRoot(doc) : null),
  findPosts: findRedditPosts,
  readPost: (el) => {
    if (el.matches(OLD_REDDIT.post)) return oldRedditAdapter.readPost(el);
    if (el.matches(SELECTORS.searchUnit)) return readSearchResult(el);
    return el.matches('div[slot="comment"]') ? readComment(el) : readCard(el);
  },
});

/** People who chose "old Reddit" in their preferences get the old markup on www.reddit.com: read it as old.reddit. */
function findRedditPosts(root: ParentNode): Element[] {
  const posts = collectOutermost(root, SELECTORS.post);
  return posts.length > 0 ? posts : oldRedditAdapter.findPosts(root);
}

function readCard(el: Element): Post | null {
  const id = el.getAttribute('id') ?? el.getAttribute('thingid');
  const title = el.getAttribute('post-title')?.trim() || readText(el.querySelector(SELECTORS.title));
  const text = joinText([title, readText(el.querySelector(SELECTORS.body))]);
  const permalink = toAbsoluteUrl(el.getAttribute('permalink'), ORIGIN);
  const author = accountName(el.getAttribute('author'));
  if (!id && !text) return null; // unhydrated card
  return {
    site: 'reddit',
    key: id ? `reddit:${id}` : hashKey('reddit', author, text),
    author,
    text,
    permalink,
    sponsored: el.matches(SELECTORS.ad),
    kind: 'post',
  };
}

function readSearchResult(unit: Element): Post | null {
  const link = unit.querySelector(SELECTORS.searchTitle);
  const href = link?.getAttribute('href') ?? '';
  const title = link?.getAttribute('aria-label')?.trim() || readText(link);
  const id = href.match(/\/comments\/([a-z0-9]+)/i)?.[1];
  if (!title && !id) return null;
  const permalink = toAbsoluteUrl(href, ORIGIN);
  return {
    site: 'reddit',
    key: id ? `reddit:t3_${id}` : hashKey('reddit', null, title),
    author: accountName(unit.querySelector('shreddit-post, [author]')?.getAttribute('author') ?? null),
    text: title,
    permalink: permalink ? permalink.split('?')[0]! : null,
    sponsored: unit.querySelector(SELECTORS.ad) !== null || unit.matches(SELECTORS.ad),
    kind: 'post',
  };
}

function readComment(body: Element): Post | null {
  const comment = body.closest(SELECTORS.comment);
  const id = comment?.getAttribute('thingid');
  if (!comment || !id) return null;
  return {
    site: 'reddit',
    key: `reddit:${id}`,
    author: accountName(comment.getAttribute('author')),
    text: readText(body),
    permalink: toAbsoluteUrl(comment.getAttribute('permalink'), ORIGIN),
    sponsored: false,
    kind: 'comment',
  };
}

/** "[deleted]" is not an account. */
function accountName(value: string | null): string | null {
  const name = value?.trim();
  return name && name !== '[deleted]' ? name : null;
}
