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
 *
 * Each report carries the post it is about (whatever the caller handed to observe: the judged
 * post and its element), so the caller never has to look a key up in a cache that may have let
 * it go. The tracker holds a post from the moment it is on screen until its dwell is collected
 * while it is off screen: a long session does not keep every post it ever showed.
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

/** A dwell report with the post it is about, as handed to observe. */
export interface SeenReport<T> extends DwellReport {
  post: T;
}

export interface SeenTrackerDeps<T> {
  now(): number;
  setInterval(handler: () => void, ms: number): number;
  clearInterval(id: number): void;
  send(reports: SeenReport<T>[]): void;
}

export function createSeenTracker<T extends object>(deps: SeenTrackerDeps<T>) {
  const clock = createDwellClock();
  const watched = new WeakMap<Element, { key: string; post: T }>();
  /** The post behind each key on screen, or off it with dwell not yet collected. */
  const posts = new Map<string, T>();
  const onScreen = new Set<string>();
  /** Posts that were on screen and left it, oldest first. */
  const left = new Set<Element>();
  const wasOnScreen = new WeakSet<Element>();
  let pending: SeenReport<T>[] = [];
  let lastSentAt = deps.now();

  const show = (key: string, post: T, at: number) => {
    clock.visible(key, at);
    onScreen.add(key);
    posts.set(key, post);
  };
  const hide = (key: string, at: number) => {
    clock.hidden(key, at);
    onScreen.delete(key);
  };

  const observer = new IntersectionObserver(
    (entries) => {
      const at = deps.now();
      // Read once per callback, not per entry; the geometry (rootBounds, intersectionRect) is a new
      // DOMRect on each read, so it is read only for a post under half visible (a tall post).
      const isPageVisible = document.visibilityState === 'visible';
      for (const entry of entries) {
        const target = watched.get(entry.target);
        if (!target) continue;
        const isSeenEnough =
          entry.isIntersecting &&
          (entry.intersectionRatio >= 0.5 ||
            entry.intersectionRect.height >= (entry.rootBounds?.height ?? window.innerHeight) / 2);
        if (isSeenEnough && isPageVisible) show(target.key, target.post, at);
        else hide(target.key, at);
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
    // A post on screen now, or one that left since the last collect, is in `posts`: only those add dwell.
    for (const report of clock.collect(at)) {
      const post = posts.get(report.key);
      if (post !== undefined) pending.push({ ...report, post });
    }
    for (const key of posts.keys()) if (!onScreen.has(key)) posts.delete(key);
    if (pending.length === 0) return;
    if (force || pending.length >= SEND_AT_POSTS || at - lastSentAt >= SEND_EVERY_MS) {
      const batch = pending;
      pending = [];
      lastSentAt = at;
      deps.send(batch);
    }
  };
  const timer = deps.setInterval(() => flush(false), COLLECT_MS);

  const hideAll = (at: number) => {
    clock.hideAll(at);
    onScreen.clear();
  };
  const onVisibility = () => {
    if (document.visibilityState === 'hidden') {
      hideAll(deps.now());
      flush(true);
    }
  };
  document.addEventListener('visibilitychange', onVisibility);
  const onPageHide = () => flush(true);
  window.addEventListener('pagehide', onPageHide);

  return {
    /** Watches `el`, which shows `post` under `key`; observing it again with the same key only updates the post (judged again). */
    observe(el: Element, key: string, post: T): void {
      const previous = watched.get(el);
      watched.set(el, { key, post });
      if (previous?.key === key) {
        if (posts.has(key)) posts.set(key, post);
        return;
      }
      if (previous) hide(previous.key, deps.now());
      left.delete(el);
      // A recycled container starts over, so its new post gets its own first report.
      if (previous) observer.unobserve(el);
      observer.observe(el);
    },
    unobserve(el: Element): void {
      const previous = watched.get(el);
      left.delete(el);
      observer.unobserve(el);
      if (previous) hide(previous.key, deps.now());
    },
    stop(): void {
      hideAll(deps.now());
      flush(true);
      observer.disconnect();
      deps.clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', onPageHide);
    },
  };
}

export type SeenTracker<T extends object> = ReturnType<typeof createSeenTracker<T>>;
