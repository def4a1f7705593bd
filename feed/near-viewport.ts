/**
 * Runs a callback once an element comes near the screen. The watcher builds a plain label only
 * then: a badge costs a shadow root and a layout, and most posts of a fast scroll never come close.
 */
/** About a screen ahead, so the label is there before the post scrolls into view. */
const AHEAD_PX = 800;

export type WhenNear = (el: Element, run: () => void) => () => void;

export function createNearViewport(): { whenNear: WhenNear; stop(): void } {
  const waiting = new Map<Element, () => void>();
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        const run = waiting.get(entry.target);
        waiting.delete(entry.target);
        observer.unobserve(entry.target);
        run?.();
      }
    },
    { rootMargin: `${AHEAD_PX}px 0px` },
  );
  return {
    whenNear(el, run) {
      waiting.set(el, run);
      observer.observe(el);
      return () => {
        waiting.delete(el);
        observer.unobserve(el);
      };
    },
    stop() {
      observer.disconnect();
      waiting.clear();
    },
  };
}
