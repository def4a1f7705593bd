// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSeenTracker, type SeenReport } from './seen-tracker';

/** A stand-in for the browser's IntersectionObserver: the test says what is on screen. */
class FakeObserver {
  static last: FakeObserver;
  readonly observed = new Set<Element>();
  constructor(readonly callback: (entries: Partial<IntersectionObserverEntry>[]) => void) {
    FakeObserver.last = this;
  }
  observe(el: Element) { this.observed.add(el); }
  unobserve(el: Element) { this.observed.delete(el); }
  disconnect() { this.observed.clear(); }
  report(el: Element, ratio: number) {
    this.callback([{ target: el, isIntersecting: ratio > 0, intersectionRatio: ratio, intersectionRect: { height: ratio * 100 } as DOMRectReadOnly, rootBounds: { height: 800 } as DOMRectReadOnly }]);
  }
}

describe('seen tracker', () => {
  let now = 0;
  let sent: SeenReport<{ text: string }>[] = [];
  let tick: () => void = () => {};
  const track = () =>
    createSeenTracker<{ text: string }>({
      now: () => now,
      setInterval: (handler) => {
        tick = handler;
        return 1;
      },
      clearInterval: () => {},
      send: (reports) => sent.push(...reports),
    });
  const posts = (n: number) => Array.from({ length: n }, () => document.createElement('article'));

  beforeEach(() => {
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    now = 0;
    sent = [];
  });
  afterEach(() => vi.unstubAllGlobals());

  it('counts a post seen after a second at least half on screen, with its dwell', () => {
    const tracker = track();
    const [post] = posts(1);
    tracker.observe(post!, 'a', { text: 'A' });
    FakeObserver.last.report(post!, 0.6);
    now = 2_500;
    FakeObserver.last.report(post!, 0);
    tracker.stop();
    expect(sent).toEqual([expect.objectContaining({ key: 'a', dwellMs: 2_500, firstSeenAt: 1_000, post: { text: 'A' } })]);
  });

  it('does not count a post that was never half on screen', () => {
    const tracker = track();
    const [post] = posts(1);
    tracker.observe(post!, 'a', { text: 'A' });
    FakeObserver.last.report(post!, 0.2);
    now = 5_000;
    tick();
    tracker.stop();
    expect(sent).toEqual([]);
  });

  it('keeps watching the last hundred posts that scrolled away, and lets older ones go', () => {
    const tracker = track();
    const feed = posts(250);
    for (const [i, post] of feed.entries()) tracker.observe(post, `p${i}`, { text: `P${i}` });
    for (const post of feed.slice(0, 150)) {
      FakeObserver.last.report(post, 1);
      FakeObserver.last.report(post, 0);
    }
    const observed = FakeObserver.last.observed;
    // 100 posts not reached yet, the 100 that left last; the first 50 are no longer watched.
    expect(observed.size).toBe(200);
    expect(observed.has(feed[49]!)).toBe(false);
    expect(observed.has(feed[50]!)).toBe(true);
    expect(observed.has(feed[249]!)).toBe(true);
    tracker.stop();
  });

  it('keeps a post watched while it is back on screen', () => {
    const tracker = track();
    const feed = posts(150);
    for (const [i, post] of feed.entries()) tracker.observe(post, `p${i}`, { text: `P${i}` });
    FakeObserver.last.report(feed[0]!, 1);
    FakeObserver.last.report(feed[0]!, 0);
    FakeObserver.last.report(feed[0]!, 1); // scrolled back
    for (const post of feed.slice(1)) {
      FakeObserver.last.report(post, 1);
      FakeObserver.last.report(post, 0);
    }
    expect(FakeObserver.last.observed.has(feed[0]!)).toBe(true);
    tracker.stop();
  });

  it('reports each post with what it was observed with, the newest judgement after a second look', () => {
    const tracker = track();
    const [first, second] = posts(2);
    tracker.observe(first!, 'a', { text: 'A' });
    tracker.observe(second!, 'b', { text: 'B' });
    FakeObserver.last.report(first!, 1);
    FakeObserver.last.report(second!, 1);
    now = 500;
    tracker.observe(first!, 'a', { text: 'A, judged again' });
    now = 1_500;
    tick();
    tracker.stop();
    expect(sent.map((report) => [report.key, report.post.text, report.isFirstReport])).toEqual([
      ['a', 'A, judged again', true],
      ['b', 'B', true],
    ]);
  });

  it('still has the post when it is seen again long after it was reported, and adds to its dwell', () => {
    const tracker = track();
    const [post] = posts(1);
    tracker.observe(post!, 'a', { text: 'A' });
    FakeObserver.last.report(post!, 1);
    now = 1_200;
    FakeObserver.last.report(post!, 0);
    tick(); // reported, off screen: the tracker lets the post go
    now = 60_000;
    FakeObserver.last.report(post!, 1); // scrolled back
    now = 60_500;
    tracker.stop();
    expect(sent.map((report) => [report.post.text, report.dwellMs, report.isFirstReport])).toEqual([
      ['A', 1_200, true],
      ['A', 500, false],
    ]);
  });
});
