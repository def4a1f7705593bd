/**
 * Which posts the person actually saw, and for how long: an IntersectionObserver fact (at least
 * half the post, or half the viewport for posts taller than it, for at least a second in all).
 *
 *   IntersectionObserver ─▶ dwell clock ─▶ every second: collect ─▶ pending
 *   pending ≥ 20 posts, or 2 s since the last send, or the page is left ─▶ send(batch)
 *
 * Every observed post costs the browser a little on each frame, so an endless feed must not
 * observe every post it ever showed: posts that scrolled away stay observed (a person scrolling
 * back adds to their dwell) until a hundred more have scrolled away after them.
 */
import { createDwellClock, type DwellReport } from './dwell-clock';

const COLLECT_MS = 1_000;
const SEND_EVERY_MS = 2_000;
const SEND_AT_POSTS = 20;
/** Posts that left the screen and are still watched in case the person scrolls back. */
const KEEP_AFTER_LEAVING = 100;
/**
 * 0.5 decides for posts up to twice the screen's height; 0.25 for posts up to four times it (a
 * quarter of those is at least half a screen). Finer steps would only add callbacks.
 */
const THRESHOLDS = [0, 0.25, 0.5];

export interface SeenTrackerDeps {
  now(): number;
  setInterval(handler: () => void, ms: number): number;
  clearInterval(id: number): void;
  send(reports: DwellReport[]): void;
}

export function createSeenTracker(deps: SeenTrackerDeps) {
  const clock = createDwellClock();
  const keys = new WeakMap<Element, string>();
  /** Posts that were on screen and left it, oldest first. */
  const left = new Set<Element>();
  const wasOnScreen = new WeakSet<Element>();
  let pending: DwellReport[] = [];
  let lastSentAt = deps.now();

  const observer = new IntersectionObserver(
    (entries) => {
      const at = deps.now();
      // Read once per callback, not per entry; the geometry (rootBounds, intersectionRect) is a new
      // DOMRect on each read, so it is read only for a post under half visible (a tall post).
      const isPageVisible = document.visibilityState === 'visible';
      for (const entry of entries) {
        const key = keys.get(entry.target);
        if (!key) continue;
        const isSeenEnough =
          entry.isIntersecting &&
          (entry.intersectionRatio >= 0.5 ||
            entry.intersectionRect.height >= (entry.rootBounds?.height ?? window.innerHeight) / 2);
        if (isSeenEnough && isPageVisible) clock.visible(key, at);
        else clock.hidden(key, at);
        if (entry.isIntersecting) {
          wasOnScreen.add(entry.target);
          left.delete(entry.target);
        } else if (wasOnScreen.has(entry.target)) {
          left.add(entry.target);
        }
      }
      for (const el of left) {
        if (left.size <= KEEP_AFTER_LEAVING) break;
        left.delete(el);
        observer.unobserve(el);
      }
    },
    { threshold: THRESHOLDS },
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
      left.delete(el);
      // A recycled container starts over, so its new post gets its own first report.
      if (previous) observer.unobserve(el);
      observer.observe(el);
    },
    unobserve(el: Element): void {
      const key = keys.get(el);
      left.delete(el);
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
