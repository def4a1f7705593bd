/**
 * A scanned page's report (schema/site-scan.ts), two callers: the background's check of a feed
 * tab's `feed/scanned` message (messaging/protocol.ts) and the import's check of a file's
 * `siteHealth` rows (backup/import-rows.ts). Both take the same addresses and counts and refuse the
 * same ones, so a backup never carries a scan no feed tab could have reported.
 */
import { describe, expect, it } from 'vitest';
import { parseFeedMessage } from '../messaging/protocol';
import { SITE_SCAN_LIMITS } from '../schema/site-scan';
import { checkSiteHealth } from './import-rows';

const asMessage = (url: unknown, postCount: unknown, postLikeCount?: unknown) =>
  parseFeedMessage({ type: 'feed/scanned', payload: { site: 'reddit', url, postCount, pageKind: 'search', ...(postLikeCount === undefined ? {} : { postLikeCount }) } });
const asRow = (url: unknown, postCount: unknown, postLikeCount?: unknown) => () =>
  checkSiteHealth(
    { site: 'reddit', lastUrl: url, lastScanAt: 1_795_000_000_000, lastPostCount: postCount, lastPostsAt: 0, lastPageKind: 'search', ...(postLikeCount === undefined ? {} : { lastPostLikeCount: postLikeCount }) },
    'siteHealth[0]',
  );

describe('a scanned page, reported by a feed tab or carried by a backup', () => {
  it('is taken by both at the limits', () => {
    const longest = `https://www.reddit.com/search/?q=${'a'.repeat(SITE_SCAN_LIMITS.url - 33)}`;
    expect(longest).toHaveLength(SITE_SCAN_LIMITS.url);
    expect(asMessage(longest, SITE_SCAN_LIMITS.count, SITE_SCAN_LIMITS.count)).not.toHaveProperty('error');
    expect(asRow(longest, SITE_SCAN_LIMITS.count, SITE_SCAN_LIMITS.count)).not.toThrow();
  });

  it.each([
    ['an address past the limit', `https://www.reddit.com/${'a'.repeat(SITE_SCAN_LIMITS.url)}`, 3, undefined],
    ['an address that is not https', 'http://www.reddit.com/search/', 3, undefined],
    ['a script address', 'javascript:alert(1)', 3, undefined],
    ['more posts than any page holds', 'https://www.reddit.com/', SITE_SCAN_LIMITS.count + 1, undefined],
    ['a negative count', 'https://www.reddit.com/', -1, undefined],
    ['a fraction of a post', 'https://www.reddit.com/', 2.5, undefined],
    ['too many post-like containers', 'https://www.reddit.com/', 0, SITE_SCAN_LIMITS.count + 1],
  ])('is refused by both with %s', (_, url, count, postLike) => {
    expect(asMessage(url, count, postLike)).toHaveProperty('error');
    expect(asRow(url, count, postLike)).toThrow();
  });
});
