// How a site file says how its posts are read. Wraps the adapter so that no page, however hostile,
// makes it throw: a post that cannot be read is skipped (null), a root that cannot be searched yields
// no posts. The feed watcher can then call adapters without guards of its own.
//
// It also adds what is the same for every site: the hosts the site declares (defineSite) when the
// adapter names no `matches` of its own, and the platform's own AI mark where the site file gives a
// reader for it (`readProvenance`, see provenance.ts).
import type { ProvenanceReader } from './provenance';
import type { Post, SiteAdapter, SiteId } from './types';
import { isHost } from './urls';

/** An adapter as a site file writes it: `matches` defaults to the site's declared hosts. */
export type AdapterDefinition = Omit<SiteAdapter, 'id' | 'matches'> &
  Partial<Pick<SiteAdapter, 'matches'>> & {
    /** The platform's own mark that a post is AI-made, where the site shows one. */
    readProvenance?: ProvenanceReader;
  };

/**
 * The adapter for a declared site. Calling it has no effect but its result (hence the annotation):
 * a bundle that reads only the sites' declarations (the background, the options page) leaves the
 * adapters' code out.
 */
/* @__NO_SIDE_EFFECTS__ */
export function defineAdapter(site: { id: SiteId; hosts: readonly string[] }, adapter: AdapterDefinition): SiteAdapter {
  const { id } = site;
  const matches = adapter.matches ?? ((url: URL) => isHost(url, site.hosts));
  const { readProvenance } = adapter;
  const readPost = (el: Element): Post | null => {
    const post = adapter.readPost(el);
    if (!post || !readProvenance) return post;
    // A mark that cannot be read never costs the post itself.
    const found = safely(() => readProvenance(el), null);
    return found ? { ...post, provenance: { source: id, ...found } } : post;
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
