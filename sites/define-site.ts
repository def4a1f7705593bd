// What a site file declares about its site, besides how its posts are read (define-adapter.ts):
// its id, how it is named, the hosts it serves from, the content script's match patterns, the kinds
// of page people visit there and its post-like containers. sites/registry.ts lists the sites and
// derives the site list, `SiteId`, the matches, the names and the page kinds from these.

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

/**
 * Declares a site (one in each sites/<site>.ts). The declaration is kept exactly as written (`const`):
 * its id stays a literal, so `SiteId` is the union of the listed sites' ids.
 */
export function defineSite<const Site extends SiteDeclaration>(site: Site): Site {
  return site;
}
