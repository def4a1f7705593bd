// Wraps an adapter so that no page, however hostile, makes it throw: a post that cannot be
// read is skipped (null), a root that cannot be searched yields no posts. The feed watcher
// can then call adapters without guards of its own.
import type { Post, SiteAdapter } from './types';

export function defineAdapter(adapter: SiteAdapter): SiteAdapter {
  return {
    id: adapter.id,
    matches: (url) => safely(() => adapter.matches(url), false),
    feedRoot: (doc) => safely(() => adapter.feedRoot(doc), null),
    findPosts: (root) => safely(() => adapter.findPosts(root), []),
    readPost: (el) => safely<Post | null>(() => adapter.readPost(el), null),
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
