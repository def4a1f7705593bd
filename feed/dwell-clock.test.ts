import { describe, expect, it } from 'vitest';
import { createDwellClock, SEEN_AFTER_MS } from './dwell-clock';

describe('dwell clock', () => {
  it('does not count a post glimpsed for less than a second', () => {
    const clock = createDwellClock();
    clock.visible('a', 0);
    clock.hidden('a', SEEN_AFTER_MS - 1);
    expect(clock.collect(10_000)).toEqual([]);
  });

  it('counts a post once it was half visible for a second in all, across two glimpses', () => {
    const clock = createDwellClock();
    clock.visible('a', 0);
    clock.hidden('a', 600);
    clock.visible('a', 5_000);
    clock.hidden('a', 5_500);
    expect(clock.collect(9_000)).toEqual([{ key: 'a', dwellMs: 1_100, firstSeenAt: 5_400, isFirstReport: true }]);
  });

  it('reports dwell of a post still on screen, then only what was added since', () => {
    const clock = createDwellClock();
    clock.visible('a', 1_000);
    expect(clock.collect(3_000)).toEqual([{ key: 'a', dwellMs: 2_000, firstSeenAt: 2_000, isFirstReport: true }]);
    expect(clock.collect(5_000)).toEqual([{ key: 'a', dwellMs: 2_000, firstSeenAt: 2_000, isFirstReport: false }]);
    clock.hidden('a', 5_500);
    expect(clock.collect(60_000)).toEqual([{ key: 'a', dwellMs: 500, firstSeenAt: 2_000, isFirstReport: false }]);
    expect(clock.collect(70_000)).toEqual([]);
  });

  it('stops every clock when the tab is hidden', () => {
    const clock = createDwellClock();
    clock.visible('a', 0);
    clock.visible('b', 0);
    clock.hideAll(1_500);
    expect(clock.collect(100_000).map((r) => [r.key, r.dwellMs])).toEqual([
      ['a', 1_500],
      ['b', 1_500],
    ]);
  });

  it('ignores a second "visible" for a post already on screen', () => {
    const clock = createDwellClock();
    clock.visible('a', 0);
    clock.visible('a', 900);
    clock.hidden('a', 1_200);
    expect(clock.collect(2_000)[0]?.dwellMs).toBe(1_200);
  });
});
