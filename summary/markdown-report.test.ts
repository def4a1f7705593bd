import { describe, expect, it } from 'vitest';
import { makeHistory } from '../harness/synthetic-history';
import { escapeMarkdown, historyMarkdown, weekMarkdown } from './markdown-report';
import { computeWeek } from './week-figures';
import { weekOf } from '../activity/local-day';
import { dayOf, dietOf, MONDAY, weekData } from './week-test-kit';

describe('Markdown reports', () => {
  it('writes a week with its sentences, tables and escaped names', () => {
    const week = computeWeek(weekData({
      diet: { ...dietOf(10, { outrage: 2 }), topAccounts: [{ site: 'x', author: 'evil|[link](http://x)', flaggedPosts: 2 }] },
      sites: [{ host: 'x.com', ms: 3_600_000, activity: 'consume' }],
    }));
    const text = weekMarkdown(week, '16–22 November 2026');
    expect(text).toContain('# Realign: your week, 16–22 November 2026');
    expect(text).toContain('Outrage was 20% of the 10 posts you saw.');
    expect(text).toContain('| Outrage | 20% (2) | – |');
    expect(text).toContain('| evil\\|\\[link\\]\\(http://x\\) | X | 2 |');
  });

  it('heads the comparison of a week in progress as the same days of the week before', () => {
    const whole = weekMarkdown(computeWeek(weekData({ diet: dietOf(10, { fear: 1 }), previousDiet: dietOf(40, { fear: 2 }) })), 'this week');
    expect(whole).toContain('10 posts seen (the week before: 40).');
    expect(whole).toContain('| Category | This week | The week before |');
    const soFar = weekMarkdown(computeWeek(weekData({ daysSoFar: 3, diet: dietOf(10, { fear: 1 }), previousDiet: dietOf(40, { fear: 2 }) })), 'this week');
    expect(soFar).toContain('10 posts seen so far (on the same days of the week before: 40).');
    expect(soFar).toContain('| Category | This week | Same days, the week before |');
  });

  it('writes the week\'s intention answers against their time, only in a week with answers', () => {
    const none = { stretches: 0, ms: 0 };
    const intentions = { 'catch-up': { stretches: 2, ms: 1_500_000 }, reply: none, 'look-up': none, unwind: none, skip: { stretches: 1, ms: 600_000 } };
    const days = weekOf(MONDAY).map((date) => dayOf(date, { consume: 1 }));
    const text = weekMarkdown(computeWeek(weekData({ days, intentions })), 'this week');
    expect(text).toContain('## What you came for, and the time it took\n\n| You said | Times | Time spent |\n|---|---:|---:|\n| Catch up | 2 | 25 min |\n| Skipped | 1 | 10 min |\n');
    expect(weekMarkdown(computeWeek(weekData({ days })), 'this week')).not.toContain('What you came for');
  });

  it('writes an empty week as one kind sentence', () => {
    expect(weekMarkdown(computeWeek(weekData()), '16–22 November 2026')).toBe('# Realign: your week, 16–22 November 2026\n\nNothing was recorded this week. Time and posts appear here as you browse with Realign.\n');
  });

  it('writes the whole history week by week', () => {
    const history = makeHistory(new Date(2026, 10, 23, 21).getTime(), 14, 10);
    const text = historyMarkdown({ days: history.days, exportedAt: '2026-11-23T20:00:00.000Z' });
    expect(text.split('\n').filter((line) => /^\| 2026-/.test(line))).toHaveLength(3);
    expect(escapeMarkdown('a*b\nc')).toBe('a\\*b c');
    expect(text).not.toContain('What you came for');
  });

  it('adds the intention answers the export holds to the whole history, with their stretches\' time', () => {
    const history = makeHistory(new Date(2026, 10, 23, 21).getTime(), 7, 10);
    const at = new Date(2026, 10, 23, 9).getTime();
    const segments = [{ id: `${at}:x.com`, start: at, end: at + 1_200_000, host: 'x.com', activity: 'consume' as const }];
    const text = historyMarkdown({ days: history.days, exportedAt: '2026-11-23T20:00:00.000Z', segments, intentions: [{ host: 'x.com', answer: 'unwind', at: at + 60_000 }] });
    expect(text).toContain('| Unwind | 1 | 20 min |');
  });
});
