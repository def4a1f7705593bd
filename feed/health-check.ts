/**
 * Tells the background how many posts the adapter finds on a feed page, so the popup can show
 * which feeds Realign reads and which adapter looks broken.
 *
 *   start ──▶ count posts every second ──▶ posts found?  ── yes ──▶ report the count
 *                                           └── none for 15 s ──▶ report 0 (possibly broken)
 *
 * 15 s: the threshold; every supported feed renders its first posts well within it.
 */
import type { SiteAdapter } from '../sites/types';

export const SILENT_AFTER_MS = 15_000;
const POLL_MS = 1_000;

export interface HealthCheckDeps {
  adapter: SiteAdapter;
  document: Document;
  setInterval(handler: () => void, ms: number): number;
  clearInterval(id: number): void;
  report(postCount: number): void;
}

/** Starts the check; returns a function that stops it. */
export function startHealthCheck(deps: HealthCheckDeps): () => void {
  let waited = 0;
  const countPosts = (): number => {
    const root = deps.adapter.feedRoot(deps.document) ?? deps.document.body;
    return root ? deps.adapter.findPosts(root).length : 0;
  };
  const check = (): boolean => {
    const count = countPosts();
    if (count > 0 || waited >= SILENT_AFTER_MS) {
      deps.report(count);
      return true;
    }
    return false;
  };
  if (check()) return () => {};
  const timer = deps.setInterval(() => {
    waited += POLL_MS;
    if (check()) deps.clearInterval(timer);
  }, POLL_MS);
  return () => deps.clearInterval(timer);
}
