import { describe, expect, it } from 'vitest';
import type { Category } from '../model/categories';
import { DEFAULT_GOALS } from './goals';
import { chooseNudges, SNOOZE_MS, type NudgeEvent } from './choose-nudges';
import type { NudgeContext } from './nudge';

const MIN = 60_000;
// Tuesday 24 November 2026, 15:00 local time.
const AFTERNOON = new Date(2026, 10, 24, 15, 0).getTime();

function day(overrides: Partial<NudgeContext> = {}): NudgeContext {
  return {
    now: AFTERNOON,
    goals: DEFAULT_GOALS,
    consumeMs: 20 * MIN,
    createMs: 30 * MIN,
    screenMs: 60 * MIN,
    recentLabels: Array.from({ length: 10 }, () => []),
    unbrokenMs: 15 * MIN,
    siteMs: { 'x.com': 20 * MIN },
    siteLimits: {},
    ...overrides,
  };
}

const rageRun = (n: number): Category[][] =>
  Array.from({ length: 10 }, (_, i) => (i < n ? (['outrage'] as Category[]) : []));

describe('choosing nudges', () => {
  it('offers nothing on a balanced day', () => {
    expect(chooseNudges(day(), [], [])).toEqual([]);
  });

  it('suggests writing after an hour of scrolling and nothing created, with the goal as the reason', () => {
    const [nudge] = chooseNudges(day({ consumeMs: 70 * MIN, createMs: 0 }), [], []);
    expect(nudge).toMatchObject({
      rule: 'consume-create',
      text: "You've scrolled 1 h 10 min and created nothing today. Want to write for 10 minutes?",
      reason: 'Your goal is to create at least as much as you consume.',
      isFirstTime: true,
    });
  });

  it('names a run of rage bait among the last ten posts', () => {
    const [nudge] = chooseNudges(day({ recentLabels: rageRun(4) }), [], []);
    expect(nudge?.text).toBe('4 of your last 10 posts were rage bait. Take a breather?');
    expect(chooseNudges(day({ recentLabels: rageRun(3) }), [], [])).toEqual([]);
  });

  it('does not count "likely AI" alone as manipulation', () => {
    const ai = Array.from({ length: 10 }, () => ['ai'] as Category[]);
    expect(chooseNudges(day({ recentLabels: ai }), [], [])).toEqual([]);
  });

  it('suggests a break, face to face, after the unbroken time the person set', () => {
    const [nudge] = chooseNudges(day({ unbrokenMs: 100 * MIN }), [], []);
    expect(nudge?.text).toBe('1 h 40 min at the screen without a break. Go talk to someone face to face?');
  });

  it('notices late-night scrolling only while it is happening', () => {
    const late = new Date(2026, 10, 24, 23, 40).getTime();
    expect(chooseNudges(day({ now: late, unbrokenMs: 20 * MIN }), [], [])[0]?.rule).toBe('late-night');
    expect(chooseNudges(day({ now: late, unbrokenMs: 2 * MIN }), [], [])).toEqual([]);
  });

  it('says when a site passed the daily limit the person set for it, naming the furthest past', () => {
    const limits = { 'x.com': 30, 'youtube.com': 60 };
    expect(chooseNudges(day({ siteLimits: limits, siteMs: { 'x.com': 29 * MIN, 'youtube.com': 50 * MIN } }), [], [])).toEqual([]);
    const [nudge] = chooseNudges(day({ siteLimits: limits, siteMs: { 'x.com': 45 * MIN, 'youtube.com': 65 * MIN } }), [], []);
    expect(nudge).toMatchObject({
      rule: 'site-limit',
      text: '45 min on x.com today, past your 30 min limit. Enough for today?',
      reason: 'You set a daily limit of 30 min for x.com.',
    });
  });

  it('shows at most two, the most important first', () => {
    const busy = day({ consumeMs: 200 * MIN, createMs: 0, screenMs: 200 * MIN, unbrokenMs: 120 * MIN, recentLabels: rageRun(6) });
    expect(chooseNudges(busy, [], []).map((n) => n.rule)).toEqual(['manipulation-run', 'take-a-break']);
  });

  it('leaves out nudges switched off, done today, or snoozed, and brings a snoozed one back later', () => {
    const busy = day({ consumeMs: 200 * MIN, createMs: 0, screenMs: 200 * MIN });
    expect(chooseNudges(busy, [], ['consume-create']).map((n) => n.rule)).toEqual(['screen-time']);
    const done: NudgeEvent[] = [{ rule: 'consume-create', action: 'acted', at: AFTERNOON - 60 * MIN }];
    expect(chooseNudges(busy, done, []).map((n) => n.rule)).toEqual(['screen-time']);
    const snoozed: NudgeEvent[] = [{ rule: 'screen-time', action: 'snoozed', at: AFTERNOON - 10 * MIN }];
    expect(chooseNudges(busy, snoozed, []).map((n) => n.rule)).toEqual(['consume-create']);
    const later = { ...busy, now: AFTERNOON + SNOOZE_MS };
    expect(chooseNudges(later, snoozed, []).map((n) => n.rule)).toEqual(['consume-create', 'screen-time']);
  });

  it('rotates out a nudge set aside three times in a week', () => {
    const busy = day({ screenMs: 200 * MIN });
    const setAside: NudgeEvent[] = [1, 2, 3].map((d) => ({ rule: 'screen-time', action: 'dismissed', at: AFTERNOON - d * 24 * 3_600_000 }));
    expect(chooseNudges(busy, setAside, [])).toEqual([]);
    expect(chooseNudges(busy, setAside.slice(0, 2), [])).toHaveLength(1);
  });

  it('explains itself only the first time it appears', () => {
    const shown: NudgeEvent[] = [{ rule: 'screen-time', action: 'shown', at: AFTERNOON - 3 * 24 * 3_600_000 }];
    expect(chooseNudges(day({ screenMs: 200 * MIN }), shown, [])[0]?.isFirstTime).toBe(false);
  });
});
