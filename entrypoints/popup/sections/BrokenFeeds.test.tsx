// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import type { SiteHealthRow } from '../../../figures/rows';
import { BrokenFeeds } from './BrokenFeeds';

const row = (site: SiteHealthRow['site'], extra: Partial<SiteHealthRow> = {}): SiteHealthRow => ({
  site,
  lastUrl: 'https://example.com/',
  lastScanAt: 1_000,
  lastPostCount: 0,
  lastPostsAt: 0,
  ...extra,
});

function shown(rows: SiteHealthRow[]): string[] {
  const root = document.createElement('div');
  render(<BrokenFeeds rows={rows} />, root);
  return Array.from(root.querySelectorAll('[role="status"]'), (el) => el.textContent ?? '');
}

describe('the popup on feeds Realign cannot read', () => {
  it('names the site and the kind of page that showed posts it could not read, in plain words', () => {
    const [line] = shown([row('reddit', { lastPageKind: 'search', lastPostLikeCount: 55 })]);
    expect(line).toMatch(/^Realign could not read the posts on search results on Reddit: the page showed 55 post-like items, but none could be read\./);
  });

  it('keeps one line per unreadable page kind, and names silent feeds together', () => {
    const lines = shown([
      row('tiktok', { lastPageKind: 'profile', lastPostLikeCount: 30 }),
      row('threads', { lastPageKind: 'profile', lastPostLikeCount: 27 }),
      row('x'),
      row('hackernews', { lastPageKind: 'feed', lastPostLikeCount: 0 }),
    ]);
    expect(lines).toHaveLength(3);
    expect(lines[0]).toContain('on a profile page on TikTok');
    expect(lines[1]).toContain('on a profile page on Threads');
    expect(lines[2]).toContain('found no posts on X and Hacker News');
  });

  it('shows nothing when every feed reads', () => {
    expect(shown([])).toEqual([]);
  });
});
