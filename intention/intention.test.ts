import { describe, expect, it } from 'vitest';
import { stretchStartAt } from '../pause/stretch';
import { shouldAskIntention, stretchAround, timeByIntention } from './intention';

const MIN = 60_000;
const T0 = 1_800_000_000_000;

describe('the intention check', () => {
  it('asks when the person arrives, not again in the same stretch, and again after a break', () => {
    // Just arrived: no answer yet.
    expect(shouldAskIntention(null, null, T0)).toBe(true);
    // Answered at +1 min in a stretch that began at 0: another tab of the same site is not asked.
    const spans = [{ start: T0, end: T0 + 10 * MIN }];
    expect(shouldAskIntention(T0 + MIN, stretchStartAt(spans, T0 + 10 * MIN), T0 + 10 * MIN)).toBe(false);
    // Three minutes away is not a break: still the same stretch.
    const back = [...spans, { start: T0 + 13 * MIN, end: T0 + 15 * MIN }];
    expect(shouldAskIntention(T0 + MIN, stretchStartAt(back, T0 + 15 * MIN), T0 + 15 * MIN)).toBe(false);
    // Half an hour away, then back: a new stretch, asked again.
    const later = [...spans, { start: T0 + 40 * MIN, end: T0 + 41 * MIN }];
    expect(stretchStartAt(later, T0 + 41 * MIN)).toBe(T0 + 40 * MIN);
    expect(shouldAskIntention(T0 + MIN, stretchStartAt(later, T0 + 41 * MIN), T0 + 41 * MIN)).toBe(true);
    // Arriving after a long time away, before the tracker counted anything: asked.
    expect(stretchStartAt(spans, T0 + 60 * MIN)).toBeNull();
    expect(shouldAskIntention(T0 + MIN, null, T0 + 60 * MIN)).toBe(true);
    // A page the tracker does not count (no stretch), answered two minutes ago: not asked again.
    expect(shouldAskIntention(T0 + MIN, null, T0 + 3 * MIN)).toBe(false);
  });

  it('counts each answer\'s own stretch, joined across short gaps and not across breaks', () => {
    const spans = [
      { start: T0, end: T0 + 10 * MIN },
      { start: T0 + 12 * MIN, end: T0 + 20 * MIN },
      { start: T0 + 60 * MIN, end: T0 + 65 * MIN },
    ];
    expect(stretchAround(spans, T0 + 10)).toBe(18 * MIN);
    expect(stretchAround(spans, T0 + 60 * MIN)).toBe(5 * MIN);
    expect(stretchAround(spans, T0 + 40 * MIN)).toBe(0);
  });

  it('sums the week by answer, skips included', () => {
    const spans = { 'x.com': [{ start: T0, end: T0 + 30 * MIN }], 'reddit.com': [{ start: T0 + 90 * MIN, end: T0 + 95 * MIN }] };
    const totals = timeByIntention(
      [
        { host: 'x.com', answer: 'reply', at: T0 + 1_000 },
        { host: 'reddit.com', answer: 'skip', at: T0 + 90 * MIN },
      ],
      (host) => spans[host as keyof typeof spans] ?? [],
    );
    expect(totals.reply).toEqual({ stretches: 1, ms: 30 * MIN });
    expect(totals.skip).toEqual({ stretches: 1, ms: 5 * MIN });
    expect(totals.unwind).toEqual({ stretches: 0, ms: 0 });
  });
});
