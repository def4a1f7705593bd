// The adapter that handles a given page. Adapters are pure: DOM in, Post out. The sites and their
// adapters are listed once, in sites/registry.ts.
import { createMastodonAdapter, DEFAULT_MASTODON_HOSTS } from './mastodon';
import { ADAPTERS } from './registry';
import type { SiteAdapter } from './types';

export type { PageKind, Post, PostKind, Provenance, SiteAdapter, SiteId } from './types';
export { ADAPTERS, CONTENT_SCRIPT_MATCHES, isSiteId, pageKindOf, SITE_BY_ID, SITE_IDS, SITES } from './registry';
export { DEFAULT_MASTODON_HOSTS } from './mastodon';

/**
 * The adapter for a page, or null when Realign does not read it: the first in ADAPTERS that matches
 * (Reddit's leaves old.reddit.com to old Reddit's). Mastodon instances other than the defaults count
 * only when the person has added them (extraMastodonHosts, host names like "fosstodon.org").
 */
export function adapterFor(url: URL, extraMastodonHosts: readonly string[] = []): SiteAdapter | null {
  const found = ADAPTERS.find((adapter) => adapter.matches(url));
  if (found) return found;
  const extra = extraMastodonHosts.map((h) => h.trim().toLowerCase()).filter((h) => h.length > 0);
  if (extra.length === 0) return null;
  const mastodon = createMastodonAdapter([...DEFAULT_MASTODON_HOSTS, ...extra]);
  return mastodon.matches(url) ? mastodon : null;
}
