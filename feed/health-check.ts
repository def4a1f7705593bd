/**
 * Tells the background how many posts the watcher has read on a feed page, so the popup can show
 * which feeds Realign reads and which adapter looks broken. It asks the watcher rather than
 * searching the page again.
 *
 *   start ──▶ count posts every second ──▶ posts read?   ── yes ──▶ report the count
 *                                           └── none for 15 s ──▶ report 0 (possibly broken)
 *
 * 15 s: the threshold; every supported feed renders its first posts well within it.
 */
export const SILENT_AFTER_MS = 15_000;
const POLL_MS = 1_000;

export interface HealthCheckDeps {
  /** Posts read on this page so far. */
  countPosts(): number;
  setInterval(handler: () => void, ms: number): number;
  clearInterval(id: number): void;
  report(postCount: number): void;
}

/** Starts the check; returns a function that stops it. */
export function startHealthCheck(deps: HealthCheckDeps): () => void {
  let waited = 0;
  const check = (): boolean => {
    const count = deps.countPosts();
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
