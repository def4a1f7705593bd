import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PageKind } from '../sites/registry';
import { SILENT_AFTER_MS, startHealthCheck, type HealthCheckDeps, type HealthReport } from './health-check';

describe('feed health check', () => {
  /** A page whose posts, post-like containers and address the test moves. */
  const page = { read: 0, postLike: 0, url: 'https://www.reddit.com/', kind: 'feed' as PageKind };
  beforeEach(() => {
    vi.useFakeTimers();
    Object.assign(page, { read: 0, postLike: 0, url: 'https://www.reddit.com/', kind: 'feed' });
  });
  afterEach(() => vi.useRealTimers());
  const start = (report: (r: HealthReport) => void, countPostLike = vi.fn(() => page.postLike)) => {
    const deps: HealthCheckDeps = {
      countPosts: () => page.read,
      countPostLike,
      page: () => ({ url: page.url, kind: page.kind }),
      setInterval: (handler, ms) => setInterval(handler, ms) as unknown as number,
      clearInterval: (id) => clearInterval(id),
      report,
    };
    return { stop: startHealthCheck(deps), countPostLike };
  };

  it('reports the posts at once when the feed already shows them, without searching the page', () => {
    page.read = 12;
    const report = vi.fn();
    const { countPostLike } = start(report);
    expect(report).toHaveBeenCalledExactlyOnceWith({ postCount: 12, pageKind: 'feed', postLikeCount: 0, url: 'https://www.reddit.com/' });
    expect(countPostLike).not.toHaveBeenCalled();
  });

  it('reports posts that render a few seconds late, once', () => {
    const report = vi.fn();
    start(report);
    vi.advanceTimersByTime(3_000);
    expect(report).not.toHaveBeenCalled();
    page.read = 20;
    vi.advanceTimersByTime(30_000);
    expect(report).toHaveBeenCalledExactlyOnceWith(expect.objectContaining({ postCount: 20 }));
  });

  it('says which page kind shows post-like containers the adapter cannot read, after 15 s and not before', () => {
    Object.assign(page, { url: 'https://www.reddit.com/search/', kind: 'search', postLike: 55 });
    const report = vi.fn();
    const { countPostLike } = start(report);
    vi.advanceTimersByTime(SILENT_AFTER_MS - 1_000);
    expect(report).not.toHaveBeenCalled();
    vi.advanceTimersByTime(60_000);
    expect(report).toHaveBeenCalledExactlyOnceWith({ postCount: 0, pageKind: 'search', postLikeCount: 55, url: 'https://www.reddit.com/search/' });
    // Cheap: the page is searched once, not every second or per post.
    expect(countPostLike).toHaveBeenCalledTimes(1);
  });

  it('checks again when a single-page feed moves to another kind of page, counting only the posts read there', () => {
    page.read = 30;
    const report = vi.fn();
    start(report);
    expect(report).toHaveBeenLastCalledWith(expect.objectContaining({ postCount: 30, pageKind: 'feed' }));
    Object.assign(page, { url: 'https://www.reddit.com/user/someone/', kind: 'profile', postLike: 25 });
    vi.advanceTimersByTime(SILENT_AFTER_MS + 2_000);
    expect(report).toHaveBeenLastCalledWith({ postCount: 0, pageKind: 'profile', postLikeCount: 25, url: 'https://www.reddit.com/user/someone/' });
    page.url = 'https://www.reddit.com/r/Breadit/';
    page.kind = 'feed';
    vi.advanceTimersByTime(2_000);
    page.read = 45;
    vi.advanceTimersByTime(1_000);
    expect(report).toHaveBeenLastCalledWith(expect.objectContaining({ postCount: 15, pageKind: 'feed' }));
    expect(report).toHaveBeenCalledTimes(3);
  });

  it('stops when told to', () => {
    const report = vi.fn();
    const { stop } = start(report);
    stop();
    vi.advanceTimersByTime(60_000);
    expect(report).not.toHaveBeenCalled();
  });
});
