import { describe, expect, it } from 'vitest';
import { makeHistory } from '../harness/synthetic-history';
import { csvTables, toCsv } from './csv-tables';

describe('CSV tables', () => {
  it('quotes what needs quoting and keeps formulas as text', () => {
    expect(toCsv([['a,b', 'say "hi"', '=HYPERLINK("x")', '-2+3', 'plain', 5, null, true]])).toBe(
      '"a,b","say ""hi""","\'=HYPERLINK(""x"")",\'-2+3,plain,5,,true\r\n',
    );
  });

  it('has one row per day, per site and day, and per post', () => {
    const history = makeHistory(new Date(2026, 10, 23, 21).getTime(), 3, 4);
    const [days, sites, posts] = csvTables({ days: history.days, postsSeen: history.posts });
    expect(days!.text.split('\r\n')[0]).toBe('date,consume_ms,create_ms,neutral_ms,offline_create_ms,face_to_face,posts_seen,flagged_ai,flagged_outrage,flagged_fear,flagged_clickbait,flagged_fomo,flagged_scam,flagged_engagement_bait');
    expect(days!.text.trim().split('\r\n')).toHaveLength(4);
    const siteRows = history.days.reduce((n, day) => n + Object.keys(day.sites).length, 0);
    expect(sites!.text.trim().split('\r\n')).toHaveLength(siteRows + 1);
    expect(posts!.text.trim().split('\r\n')).toHaveLength(13);
    expect(posts!.name).toBe('posts-seen.csv');
  });

  it('has one row per intention answer with the time of its stretch, and only a header without answers', () => {
    const at = Date.UTC(2026, 10, 23, 9);
    const segments = [
      { id: `${at}:x.com`, start: at, end: at + 600_000, host: 'x.com', activity: 'consume' as const },
      // Back after 2 minutes away: the same stretch.
      { id: `${at + 720_000}:x.com`, start: at + 720_000, end: at + 1_020_000, host: 'x.com', activity: 'consume' as const },
    ];
    const intentions = [{ host: 'x.com', answer: 'look-up' as const, at: at + 5_000 }, { host: 'reddit.com', answer: 'skip' as const, at: at + 9_000 }];
    const table = csvTables({ days: [], postsSeen: [], segments, intentions }).find((entry) => entry.name === 'intentions.csv')!;
    expect(table.text).toBe('at,host,answer,stretch_ms\r\n2026-11-23T09:00:05.000Z,x.com,look-up,900000\r\n2026-11-23T09:00:09.000Z,reddit.com,skip,0\r\n');
    expect(csvTables({ days: [], postsSeen: [] })[3]).toEqual({ name: 'intentions.csv', text: 'at,host,answer,stretch_ms\r\n' });
  });
});
