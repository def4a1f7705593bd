// Wraps an adapter so that no page, however hostile, makes it throw: a post that cannot be
// read is skipped (null), a root that cannot be searched yields no posts. The feed watcher
// can then call adapters without guards of its own.
//
// It also adds what is the same for every site: the hosts declared in sites/registry.ts (when
// the adapter names no `matches` of its own) and the platform's own AI mark (sites/provenance.ts).
import { provenanceReader } from './provenance';
import { isSitePage } from './registry';
import type { Post, SiteAdapter } from './types';

/** An adapter as a site file writes it: `matches` defaults to the site's declared hosts. */
export type AdapterDefinition = Omit<SiteAdapter, 'matches'> & Partial<Pick<SiteAdapter, 'matches'>>;

export function defineAdapter(adapter: AdapterDefinition): SiteAdapter {
  const { id } = adapter;
  const matches = adapter.matches ?? ((url: URL) => isSitePage(id, url));
  const readProvenance = provenanceReader(id);
  const readPost = (el: Element): Post | null => {
    const post = adapter.readPost(el);
    if (!post || !readProvenance) return post;
    // A mark that cannot be read never costs the post itself.
    const provenance = safely(() => readProvenance(el), null);
    return provenance ? { ...post, provenance } : post;
  };
  return {
    id,
    matches: (url) => safely(() => matches(url), false),
    feedRoot: (doc) => safely(() => adapter.feedRoot(doc), null),
    findPosts: (root) => safely(() => adapter.findPosts(root), []),
    readPost: (el) => safely<Post | null>(() => readPost(el), null),
    labelAnchor: (el) => safely(() => adapter.labelAnchor?.(el) ?? null, null),
  };
}

function safely<T>(run: () => T, fallback: T): T {
  try {
    return run();
  } catch {
    return fallback;
  }
}
