/**
 * Tells the background whether the watcher reads the posts a feed page shows, so the popup can say
 * which site and which kind of page Realign cannot read. It asks the watcher rather than searching
 * the page again, and looks at the page itself only when the watcher has read nothing.
 *
 *   page opened, or the feed moved to another page (single-page apps)
 *     ──▶ every second: posts read on this page?  ── yes ──▶ report the count
 *           └── none for 15 s ──▶ count the post-like containers the page shows (one query)
 *                                  ──▶ report 0 and that count: > 0 means the adapter looks broken here
 *
 * 15 s: every supported feed renders its first posts well within it. A post read with neither text
 * nor author does not count (an empty shell read as a post is not a working adapter).
 */
import type { PageKind } from '../sites/registry';

export const SILENT_AFTER_MS = 15_000;
const POLL_MS = 1_000;

export interface HealthReport {
  postCount: number;
  pageKind: PageKind;
  /** Post-like containers the page showed; counted only when no post was read. */
  postLikeCount: number;
  /** Origin and path of the page the report is about. */
  url: string;
}

export interface HealthCheckDeps {
  /** Posts with text or an author read on this page so far (only ever grows). */
  countPosts(): number;
  /** Post-like containers on the page now (the site's structural hooks, sites/registry.ts). */
  countPostLike(): number;
  /** Where the page is now: origin and path, and its kind. */
  page(): { url: string; kind: PageKind };
  setInterval(handler: () => void, ms: number): number;
  clearInterval(id: number): void;
  report(report: HealthReport): void;
}

/** Starts the check; returns a function that stops it. */
export function startHealthCheck(deps: HealthCheckDeps): () => void {
  let page = deps.page();
  let before = 0;
  let waited = 0;
  let isPending = true;

  const startPage = () => {
    page = deps.page();
    before = deps.countPosts();
    waited = 0;
    isPending = true;
  };
  const check = () => {
    const postCount = deps.countPosts() - before;
    if (postCount > 0) {
      isPending = false;
      deps.report({ postCount, pageKind: page.kind, postLikeCount: 0, url: page.url });
    } else if (waited >= SILENT_AFTER_MS) {
      isPending = false;
      deps.report({ postCount: 0, pageKind: page.kind, postLikeCount: deps.countPostLike(), url: page.url });
    }
  };

  // Posts read before the check started count for the page it started on.
  before = 0;
  check();
  const timer = deps.setInterval(() => {
    // Reading the address each second is the whole cost while nothing is pending.
    if (deps.page().url !== page.url) startPage();
    if (!isPending) return;
    waited += POLL_MS;
    check();
  }, POLL_MS);
  return () => deps.clearInterval(timer);
}
