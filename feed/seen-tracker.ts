/**
 * Which posts the person actually saw, and for how long: an IntersectionObserver fact (at least
 * half the post, or half the viewport for posts taller than it, for at least a second in all).
 *
 *   IntersectionObserver ─▶ dwell clock ─▶ every second: collect ─▶ pending
 *   pending ≥ 20 posts, or 2 s since the last send, or the page is left ─▶ send(batch)
 */
import { createDwellClock, type DwellReport } from './dwell-clock';

const COLLECT_MS = 1_000;
const SEND_EVERY_MS = 2_000;
const SEND_AT_POSTS = 20;

export interface SeenTrackerDeps {
  now(): number;
  setInterval(handler: () => void, ms: number): number;
  clearInterval(id: number): void;
  send(reports: DwellReport[]): void;
}

export function createSeenTracker(deps: SeenTrackerDeps) {
  const clock = createDwellClock();
  const keys = new WeakMap<Element, string>();
  let pending: DwellReport[] = [];
  let lastSentAt = deps.now();

  const observer = new IntersectionObserver(
    (entries) => {
      const at = deps.now();
      for (const entry of entries) {
        const key = keys.get(entry.target);
        if (!key) continue;
        const viewport = entry.rootBounds?.height ?? window.innerHeight;
        const isSeenEnough =
          entry.isIntersecting &&
          (entry.intersectionRatio >= 0.5 || entry.intersectionRect.height >= viewport / 2);
        if (isSeenEnough && document.visibilityState === 'visible') clock.visible(key, at);
        else clock.hidden(key, at);
      }
    },
    { threshold: [0, 0.25, 0.5, 0.75, 1] },
  );

  const flush = (force: boolean) => {
    const at = deps.now();
    pending.push(...clock.collect(at));
    if (pending.length === 0) return;
    if (force || pending.length >= SEND_AT_POSTS || at - lastSentAt >= SEND_EVERY_MS) {
      const batch = pending;
      pending = [];
      lastSentAt = at;
      deps.send(batch);
    }
  };
  const timer = deps.setInterval(() => flush(false), COLLECT_MS);

  const onVisibility = () => {
    if (document.visibilityState === 'hidden') {
      clock.hideAll(deps.now());
      flush(true);
    }
  };
  document.addEventListener('visibilitychange', onVisibility);
  const onPageHide = () => flush(true);
  window.addEventListener('pagehide', onPageHide);

  return {
    observe(el: Element, key: string): void {
      const previous = keys.get(el);
      if (previous === key) return;
      if (previous) clock.hidden(previous, deps.now());
      keys.set(el, key);
      observer.unobserve(el);
      observer.observe(el);
    },
    unobserve(el: Element): void {
      const key = keys.get(el);
      observer.unobserve(el);
      if (key) clock.hidden(key, deps.now());
    },
    stop(): void {
      clock.hideAll(deps.now());
      flush(true);
      observer.disconnect();
      deps.clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', onPageHide);
    },
  };
}

export type SeenTracker = ReturnType<typeof createSeenTracker>;
