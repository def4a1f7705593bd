/** The figures over day rollups, on rollups built in memory: no database, no browser. */
import { describe, expect, it } from 'vitest';
import { consumeVsCreateOf } from './consume-vs-create';
import { addActivityTime, authorKey, emptyDay, splitAuthorKey, type DayRollup } from './day-rollup';
import { sumTotals, totalsOf } from './day-totals';
import { informationDietOf } from './information-diet';
import { topSitesOf } from './top-sites';

const MIN = 60_000;

function day(date: string, build: (d: DayRollup) => void): DayRollup {
  const d = emptyDay(date);
  build(d);
  return d;
}

const monday = day('2026-11-23', (d) => {
  addActivityTime(d, 'x.com', 'consume', 30 * MIN);
  addActivityTime(d, 'github.com', 'create', 20 * MIN);
  d.manual.offlineCreateMs = 40 * MIN;
  d.posts.seen = 10;
  d.posts.flagged.outrage = 4;
  d.flaggedAuthors[authorKey('x', 'loud')] = 3;
  d.flaggedAuthors[authorKey('x', 'quiet')] = 1;
  d.reasons = { outrage: { 'calls names': 3, 'all caps': 1 } };
});
const tuesday = day('2026-11-24', (d) => {
  addActivityTime(d, 'x.com', 'create', 25 * MIN);
  addActivityTime(d, 'github.com', 'create', 35 * MIN);
  d.posts.seen = 10;
  d.posts.flagged.outrage = 1;
  d.flaggedAuthors[authorKey('x', 'quiet')] = 1;
});

describe('figures over day rollups', () => {
  it('ranks sites by time over the days, each with the activity that had most of its time', () => {
    expect(topSitesOf([monday, tuesday])).toEqual([
      { host: 'github.com', ms: 55 * MIN, activity: 'create' },
      { host: 'x.com', ms: 55 * MIN, activity: 'consume' },
    ]);
    expect(topSitesOf([monday, tuesday], 1)).toHaveLength(1);
  });

  it('counts offline making as creating', () => {
    expect(consumeVsCreateOf([monday])).toEqual({ consumeMs: 30 * MIN, createMs: 60 * MIN, offlineCreateMs: 40 * MIN, createShare: 60 / 90 });
    expect(consumeVsCreateOf([emptyDay('2026-11-25')]).createShare).toBeNull();
  });

  it('sums the days, browser and offline apart', () => {
    const sum = sumTotals([monday, tuesday].map(totalsOf));
    expect(sum).toMatchObject({ consumeMs: 30 * MIN, createMs: 80 * MIN, screenMs: 110 * MIN, offlineCreateMs: 40 * MIN, postsSeen: 20 });
    expect(sum.flaggedBy.outrage).toBe(5);
  });

  it('gives each category its share of the posts seen, the accounts behind them and the commonest reasons', () => {
    const diet = informationDietOf([monday, tuesday], 1);
    expect(diet.shares.outrage).toBe(5 / 20);
    expect(diet.topAccounts).toEqual([{ site: 'x', author: 'loud', flaggedPosts: 3 }]);
    expect(diet.topReasons.outrage).toEqual(['calls names', 'all caps']);
  });

  it('splits an account key back at its first colon, so an author may contain one', () => {
    expect(splitAuthorKey(authorKey('mastodon', 'me@example:social'))).toEqual({ site: 'mastodon', author: 'me@example:social' });
  });
});
