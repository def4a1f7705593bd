// Every site adapter, and the one that handles a given page. Adapters are pure: DOM in, Post out.
import { blueskyAdapter } from './bluesky';
import { facebookAdapter } from './facebook';
import { hackernewsAdapter } from './hackernews';
import { instagramAdapter } from './instagram';
import { linkedinAdapter } from './linkedin';
import { createMastodonAdapter, DEFAULT_MASTODON_HOSTS, mastodonAdapter } from './mastodon';
import { oldRedditAdapter } from './old-reddit';
import { redditAdapter } from './reddit';
import { threadsAdapter } from './threads';
import { tiktokAdapter } from './tiktok';
import type { SiteAdapter } from './types';
import { xAdapter } from './x';
import { youtubeAdapter } from './youtube';

export type { PageKind, Post, PostKind, Provenance, SiteAdapter, SiteId } from './types';
export { CONTENT_SCRIPT_MATCHES, isSiteId, pageKindOf, SITE_BY_ID, SITE_IDS, SITES } from './registry';
export { DEFAULT_MASTODON_HOSTS } from './mastodon';

/** One adapter per site, in SITE_IDS order (sites/registry.ts; index.test.ts holds the two together). old.reddit comes before Reddit only in matching (see adapterFor). */
export const ADAPTERS: readonly SiteAdapter[] = [
  xAdapter,
  redditAdapter,
  oldRedditAdapter,
  hackernewsAdapter,
  youtubeAdapter,
  linkedinAdapter,
  facebookAdapter,
  instagramAdapter,
  threadsAdapter,
  blueskyAdapter,
  mastodonAdapter,
  tiktokAdapter,
];

/**
 * The adapter for a page, or null when Realign does not read it. Mastodon instances other than the
 * defaults count only when the person has added them (extraMastodonHosts, host names like "fosstodon.org").
 */
export function adapterFor(url: URL, extraMastodonHosts: readonly string[] = []): SiteAdapter | null {
  const found = ADAPTERS.find((adapter) => adapter.matches(url));
  if (found) return found;
  const extra = extraMastodonHosts.map((h) => h.trim().toLowerCase()).filter((h) => h.length > 0);
  if (extra.length === 0) return null;
  const mastodon = createMastodonAdapter([...DEFAULT_MASTODON_HOSTS, ...extra]);
  return mastodon.matches(url) ? mastodon : null;
}
