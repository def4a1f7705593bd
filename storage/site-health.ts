import type { PageKind } from '../sites/registry';
import type { SiteId } from '../sites/types';
import type { RealignDb } from './db';
import type { SiteHealthRow } from '../figures/rows';

export interface FeedScan {
  site: SiteId;
  url: string;
  postCount: number;
  pageKind?: PageKind;
  postLikeCount?: number;
  at: number;
}

/** Notes a scan of a feed page; remembers when posts were last found so a silent adapter shows. */
export async function recordFeedScan(db: RealignDb, scan: FeedScan): Promise<void> {
  await db.transaction('rw', db.siteHealth, async () => {
    const previous = await db.siteHealth.get(scan.site);
    await db.siteHealth.put({
      site: scan.site,
      lastUrl: scan.url,
      lastScanAt: scan.at,
      lastPostCount: scan.postCount,
      lastPostsAt: scan.postCount > 0 ? scan.at : (previous?.lastPostsAt ?? 0),
      ...(scan.pageKind === undefined ? {} : { lastPageKind: scan.pageKind }),
      ...(scan.postLikeCount === undefined ? {} : { lastPostLikeCount: scan.postLikeCount }),
    });
  });
}

/** Every site the watcher has run on, most recent first. */
export async function listSiteHealth(db: RealignDb): Promise<SiteHealthRow[]> {
  const rows = await db.siteHealth.toArray();
  return rows.sort((a, b) => b.lastScanAt - a.lastScanAt);
}

/**
 * Whether a site's last scan says Realign could not read its feed: no post read, unless the page was
 * neither a feed page kind nor showing anything post-like (a settings or messages page has no posts).
 */
export function looksBroken(row: SiteHealthRow): boolean {
  if (row.lastPostCount > 0) return false;
  return !(row.lastPageKind === 'other' && (row.lastPostLikeCount ?? 0) === 0);
}
