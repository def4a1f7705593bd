/**
 * Every supported site, declared once: its id, how it is named, the hosts it serves from, the
 * content script's match patterns and the kinds of page people visit there. The site list,
 * `SiteId`, the content script's matches, the site names, the activity defaults and the feed
 * health check's page kinds are all read from here; an adapter file adds how to read the posts.
 *
 * Adding a site: one entry here, its adapter file (sites/<site>.ts, registered in sites/index.ts,
 * which a test holds to this list) and its tests.
 */

/** What kind of page a feed page is, as the feed health check names it to the person. */
export const PAGE_KINDS = ['feed', 'profile', 'search', 'thread', 'post', 'group', 'other'] as const;
export type PageKind = (typeof PAGE_KINDS)[number];

export interface SiteDeclaration {
  id: string;
  /** The brand's own name, the same in every language; absent when the name is words of ours (nameMessage). */
  name?: string;
  /** A message key (public/_locales) for a name that is words of ours, such as "old Reddit". */
  nameMessage?: string;
  /** Host names served; a host matches itself and its subdomains. The most specific one wins (old.reddit.com over reddit.com). */
  hosts: readonly string[];
  /** The content script's match patterns (https only). */
  matches: readonly string[];
  /** Page kinds by path (and query), first match wins; any other page is 'other'. */
  pages: readonly (readonly [PageKind, RegExp])[];
  /**
   * Post-like containers: the structural hooks the site's real markup uses for posts, whether or not
   * the adapter reads them (../shared/fixtures/SELECTORS.md). When a page shows these and the adapter
   * reads no post, the feed health check says the adapter looks broken there.
   */
  postHooks: string;
}

/** Shared by new and old Reddit, which have the same kinds of page at the same paths. */
const REDDIT_PAGES = [
  ['thread', /\/comments\//],
  ['search', /(^|\/)search\/?$|\/search\//],
  ['profile', /^\/(user|u)\//],
  ['feed', /^\/(r\/[^/]+\/?)?$|^\/r\/[^/]+\/(hot|new|top|rising|best)\/?$|^\/(hot|new|top|rising|best|popular|all)\/?$|^\/r\/(popular|all)\/?/],
] as const;

export const SITES = [
  {
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
  },
  {
    id: 'reddit',
    name: 'Reddit',
    hosts: ['reddit.com'],
    matches: ['https://www.reddit.com/*'],
    postHooks: 'shreddit-post, shreddit-comment, shreddit-feed article, [data-testid="search-post-unit"], .thing[data-fullname]',
    pages: REDDIT_PAGES,
  },
  {
    id: 'old-reddit',
    nameMessage: 'siteOldReddit',
    hosts: ['old.reddit.com'],
    matches: ['https://old.reddit.com/*'],
    postHooks: '.thing.link[data-fullname], .thing.comment[data-fullname]',
    pages: REDDIT_PAGES,
  },
  {
    id: 'hackernews',
    name: 'Hacker News',
    hosts: ['news.ycombinator.com'],
    matches: ['https://news.ycombinator.com/*'],
    postHooks: 'tr.athing',
    pages: [
      ['thread', /^\/item/],
      ['profile', /^\/(user|submitted|threads)/],
      ['feed', /^\/($|news|newest|front|ask|show|best|active|jobs|newcomments)/],
    ],
  },
  {
    id: 'youtube',
    name: 'YouTube',
    hosts: ['youtube.com'],
    matches: ['https://www.youtube.com/*'],
    postHooks: 'ytd-rich-item-renderer, yt-lockup-view-model, ytd-video-renderer, ytd-compact-video-renderer, ytd-grid-video-renderer, ytm-shorts-lockup-view-model, ytm-shorts-lockup-view-model-v2, ytd-comment-thread-renderer',
    pages: [
      ['post', /^\/(watch|shorts\/)/],
      ['search', /^\/results/],
      ['profile', /^\/(@|channel\/|c\/|user\/)/],
      ['feed', /^\/(feed\/[^/]+)?\/?$/],
    ],
  },
  {
    id: 'linkedin',
    name: 'LinkedIn',
    hosts: ['linkedin.com'],
    matches: ['https://www.linkedin.com/*'],
    postHooks: 'div[data-id^="urn:li:activity"], [data-urn^="urn:li:activity"], [data-testid="mainFeed"] div[role="listitem"]',
    pages: [
      ['post', /^\/(feed\/update|posts)\//],
      ['feed', /^\/feed\/?$/],
      ['search', /^\/search\//],
      ['profile', /^\/(in|company)\//],
    ],
  },
  {
    id: 'facebook',
    name: 'Facebook',
    hosts: ['facebook.com'],
    matches: ['https://www.facebook.com/*'],
    postHooks: 'div[aria-posinset], [role="feed"] > div, [data-pagelet^="FeedUnit_"]',
    pages: [
      ['post', /\/posts\/|^\/(permalink|story)\.php|^\/(photo|watch|reel)\b|\/videos\//],
      ['group', /^\/groups\//],
      ['search', /^\/search\//],
      ['feed', /^\/(home\.php)?\/?$/],
      ['other', /^\/(messages|notifications|settings|marketplace|gaming|friends|bookmarks)(\/|$)/],
      ['profile', /^\/(profile\.php|people\/|[^/]+\/?$)/],
    ],
  },
  {
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
  },
  {
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
  },
  {
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
  },
  {
    id: 'mastodon',
    name: 'Mastodon',
    // More instances are added at run time with the person's permission (settings/mastodon-instances.ts).
    hosts: ['mastodon.social'],
    matches: ['https://mastodon.social/*'],
    postHooks: 'article[data-id], div.status[data-id], .detailed-status',
    pages: [
      ['thread', /^\/@[^/]+\/\d+|^\/deck\/@[^/]+\/\d+/],
      ['profile', /^\/(deck\/)?@/],
      ['search', /^\/(deck\/)?(search|tags\/)/],
      ['feed', /^\/(deck\/)?(home|public(\/local|\/remote)?|explore|lists\/[^/]+)?\/?$/],
    ],
  },
  {
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
  },
] as const satisfies readonly SiteDeclaration[];

export type SiteId = (typeof SITES)[number]['id'];

/** Every supported site, in the order settings list them. */
export const SITE_IDS: readonly SiteId[] = SITES.map((site) => site.id);

/** For values that crossed a boundary (messages, stored settings). */
export function isSiteId(value: unknown): value is SiteId {
  return typeof value === 'string' && (SITE_IDS as readonly string[]).includes(value);
}

export const SITE_BY_ID = Object.fromEntries(SITES.map((site) => [site.id, site])) as {
  readonly [Id in SiteId]: Extract<(typeof SITES)[number], { id: Id }>;
};

/** The content script's match patterns: every site's. */
export const CONTENT_SCRIPT_MATCHES: readonly string[] = SITES.flatMap((site) => site.matches);

/** Every host a supported feed is served from (activity defaults count them as consuming). */
export const FEED_HOSTS: readonly string[] = SITES.flatMap((site) => site.hosts);

function isHostOf(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`);
}

/** The site a host belongs to (the most specific declared host wins), or null. */
export function siteOfHost(hostname: string): SiteId | null {
  const host = hostname.toLowerCase();
  let best: { id: SiteId; length: number } | null = null;
  for (const site of SITES) {
    for (const domain of site.hosts) {
      if (isHostOf(host, domain) && (!best || domain.length > best.length)) best = { id: site.id, length: domain.length };
    }
  }
  return best?.id ?? null;
}

/** Whether a URL is on one of the site's declared hosts (an adapter's default `matches`). */
export function isSitePage(site: SiteId, url: URL): boolean {
  return siteOfHost(url.hostname) === site;
}

/**
 * How many post-like containers a page shows for a site, outermost only (a Mastodon article and the
 * status inside it are one post). The feed health check's evidence: run once per page kind, never per post.
 */
export function countPostLike(site: SiteId, root: ParentNode): number {
  const hooks = SITE_BY_ID[site].postHooks;
  let count = 0;
  for (const el of Array.from(root.querySelectorAll(hooks))) if (!el.parentElement?.closest(hooks)) count++;
  return count;
}

/** What kind of page a path is on a site ('/r/aww/comments/…' on Reddit: a thread). */
export function pageKindOf(site: SiteId, url: { pathname: string }): PageKind {
  const path = url.pathname;
  for (const [kind, pattern] of SITE_BY_ID[site].pages as readonly (readonly [PageKind, RegExp])[]) {
    if (pattern.test(path)) return kind;
  }
  return 'other';
}
