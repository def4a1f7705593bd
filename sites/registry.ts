/**
 * The one list of supported sites, in the order settings list them. Everything that needs to know
 * the sites derives from it: `SiteId`, the site list, the content script's matches, the site names
 * (text/site-names.ts), the activity defaults' feed hosts, the feed health check's page kinds and
 * post hooks, and the adapters (`adapterFor`, sites/index.ts). No other shipped file names the sites
 * (one-list.test.ts holds this).
 *
 * Adding a site is one file, its test and its line here:
 * 1. sites/<site>.ts declares everything about it: `defineSite({ id, name, hosts, matches, pages,
 *    postHooks })`, what the background and the pages know of it, and `defineAdapter(site, { feedRoot,
 *    findPosts, readPost, labelAnchor?, readProvenance? })`, how the feed reads its posts and the
 *    platform's own AI mark.
 * 2. sites/<site>.test.ts reads it from pages saved in sites/fixtures/<site>-*.html (and in
 *    ../shared/fixtures when there are real ones); one-list.test.ts reads those fixtures too.
 * 3. Here: its declaration in SITES, where settings should list it, and its adapter in ADAPTER_BY_ID
 *    (the typechecker asks for it). A name that is words of ours (nameMessage) needs its message in
 *    public/_locales.
 *
 * The adapters are named apart from the declarations so that a bundle that reads only the
 * declarations (the background, the typing script) leaves the adapters' code out (about 28 KB):
 * defineAdapter is marked free of side effects.
 */
import { blueskyAdapter, blueskySite } from './bluesky';
import type { PageKind } from './define-site';
import { facebookAdapter, facebookSite } from './facebook';
import { hackernewsAdapter, hackernewsSite } from './hackernews';
import { instagramAdapter, instagramSite } from './instagram';
import { linkedinAdapter, linkedinSite } from './linkedin';
import { mastodonAdapter, mastodonSite } from './mastodon';
import { oldRedditAdapter, oldRedditSite } from './old-reddit';
import { redditAdapter, redditSite } from './reddit';
import { threadsAdapter, threadsSite } from './threads';
import { tiktokAdapter, tiktokSite } from './tiktok';
import type { SiteAdapter } from './types';
import { xAdapter, xSite } from './x';
import { youtubeAdapter, youtubeSite } from './youtube';

export { PAGE_KINDS, type PageKind, type SiteDeclaration } from './define-site';

/** Every supported site, in the order settings list them. */
export const SITES = [
  xSite,
  redditSite,
  oldRedditSite,
  hackernewsSite,
  youtubeSite,
  linkedinSite,
  facebookSite,
  instagramSite,
  threadsSite,
  blueskySite,
  mastodonSite,
  tiktokSite,
] as const;

export type SiteId = (typeof SITES)[number]['id'];

/** Each site's adapter, by id: the typechecker asks for one per listed site, and no other. */
const ADAPTER_BY_ID = {
  x: xAdapter,
  reddit: redditAdapter,
  'old-reddit': oldRedditAdapter,
  hackernews: hackernewsAdapter,
  youtube: youtubeAdapter,
  linkedin: linkedinAdapter,
  facebook: facebookAdapter,
  instagram: instagramAdapter,
  threads: threadsAdapter,
  bluesky: blueskyAdapter,
  mastodon: mastodonAdapter,
  tiktok: tiktokAdapter,
} as const satisfies { readonly [Id in SiteId]: SiteAdapter };

/** Their ids, in the same order. */
export const SITE_IDS: readonly SiteId[] = SITES.map((site) => site.id);

/**
 * One adapter per site, in SITE_IDS order. Marked pure so that a bundle that does not read it drops
 * the adapters (Rollup cannot tell on its own that this map changes nothing).
 */
export const ADAPTERS: readonly SiteAdapter[] = /* @__PURE__ */ SITE_IDS.map((id) => ADAPTER_BY_ID[id]);

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

/** Whether a URL is on one of the site's declared hosts, the most specific one winning. */
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
