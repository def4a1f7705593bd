import { describe, expect, it } from 'vitest';
import { DEFAULT_GOALS } from './goals';
import { goalAlertsDue } from './goal-alerts';
import type { NudgeContext } from './nudge';

const MIN = 60_000;
const AFTERNOON = new Date(2026, 10, 24, 15, 0).getTime();

function day(overrides: Partial<NudgeContext> = {}): NudgeContext {
  return {
    now: AFTERNOON,
    goals: DEFAULT_GOALS,
    consumeMs: 20 * MIN,
    createMs: 30 * MIN,
    screenMs: 60 * MIN,
    recentLabels: [],
    unbrokenMs: 15 * MIN,
    siteMs: { 'x.com': 20 * MIN },
    siteLimits: {},
    ...overrides,
  };
}

describe('goal alerts', () => {
  it('alerts nothing while every goal holds, however much else the nudges would say', () => {
    expect(goalAlertsDue(day({ consumeMs: 170 * MIN, createMs: 0, unbrokenMs: 200 * MIN }), [], [])).toEqual([]);
  });

  it("says the popup's own words for the screen-time goal and the site furthest past its limit", () => {
    const due = goalAlertsDue(
      day({ screenMs: 190 * MIN, siteMs: { 'x.com': 50 * MIN, 'reddit.com': 31 * MIN }, siteLimits: { 'x.com': 45, 'reddit.com': 15 } }),
      [],
      [],
    );
    expect(due.map((nudge) => nudge.rule)).toEqual(['screen-time', 'site-limit']);
    expect(due[0]!.text).toBe('3 h 10 min in the browser today, past your 3 h goal. Time to close the lid?');
    expect(due[1]!.text).toBe('31 min on reddit.com today, past your 15 min limit. Enough for today?');
  });

  it('leaves out a goal already alerted today and a suggestion the person turned off', () => {
    const passedBoth = day({ screenMs: 190 * MIN, siteMs: { 'x.com': 50 * MIN }, siteLimits: { 'x.com': 45 } });
    expect(goalAlertsDue(passedBoth, [], ['screen-time']).map((nudge) => nudge.rule)).toEqual(['site-limit']);
    expect(goalAlertsDue(passedBoth, ['site-limit'], []).map((nudge) => nudge.rule)).toEqual(['screen-time']);
    expect(goalAlertsDue(passedBoth, ['site-limit'], ['screen-time'])).toEqual([]);
  });
});
