import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SILENT_AFTER_MS, startHealthCheck } from './health-check';

describe('feed health check', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  const deps = (countPosts: () => number, report: (n: number) => void) => ({
    countPosts,
    setInterval: (handler: () => void, ms: number) => setInterval(handler, ms) as unknown as number,
    clearInterval: (id: number) => clearInterval(id),
    report,
  });

  it('reports the posts at once when the feed already shows them', () => {
    const report = vi.fn();
    startHealthCheck(deps(() => 12, report));
    expect(report).toHaveBeenCalledExactlyOnceWith(12);
  });

  it('reports posts that render a few seconds late, once', () => {
    let rendered = 0;
    const report = vi.fn();
    startHealthCheck(deps(() => rendered, report));
    vi.advanceTimersByTime(3_000);
    expect(report).not.toHaveBeenCalled();
    rendered = 20;
    vi.advanceTimersByTime(30_000);
    expect(report).toHaveBeenCalledExactlyOnceWith(20);
  });

  it('reports a possibly broken adapter after 15 s without posts, not before', () => {
    const report = vi.fn();
    startHealthCheck(deps(() => 0, report));
    vi.advanceTimersByTime(SILENT_AFTER_MS - 1_000);
    expect(report).not.toHaveBeenCalled();
    vi.advanceTimersByTime(60_000);
    expect(report).toHaveBeenCalledExactlyOnceWith(0);
  });

  it('stops when told to', () => {
    const report = vi.fn();
    const stop = startHealthCheck(deps(() => 0, report));
    stop();
    vi.advanceTimersByTime(60_000);
    expect(report).not.toHaveBeenCalled();
  });
});
