// Every site adapter, and the one that handles a given page.
import { facebookAdapter } from './facebook';
import { hackernewsAdapter } from './hackernews';
import type { SiteAdapter } from './types';
import { xAdapter } from './x';
import { youtubeAdapter } from './youtube';

export type { Post, PostKind, SiteAdapter, SiteId } from './types';

export const ADAPTERS: readonly SiteAdapter[] = [xAdapter, hackernewsAdapter, youtubeAdapter, facebookAdapter];

/** The adapter for a page, or null when Realign does not read it. */
export function adapterFor(url: URL, _extraMastodonHosts: readonly string[] = []): SiteAdapter | null {
  return ADAPTERS.find((adapter) => adapter.matches(url)) ?? null;
}
