import { message, messagePlural } from '../../../text/i18n';
import { once } from '../../../text/once';
import { PAGE_KIND_NAMES } from '../../../text/page-kind-names';
import { SITE_NAMES } from '../../../text/site-names';
import type { SiteHealthRow } from '../../../figures/rows';

const list = once(() => new Intl.ListFormat(undefined, { type: 'conjunction' }));

/**
 * Feeds where Realign read no posts on the last visit: the site may have changed its markup. Where the
 * page showed post-like containers it could not read (feed/health-check.ts), the warning names the
 * site and the kind of page; otherwise the sites are named together.
 */
export function BrokenFeeds({ rows }: { rows: SiteHealthRow[] }) {
  if (rows.length === 0) return null;
  const unread = rows.filter((row) => (row.lastPostLikeCount ?? 0) > 0);
  const silent = rows.filter((row) => !((row.lastPostLikeCount ?? 0) > 0));
  return (
    <>
      {unread.map((row) => (
        <p key={row.site} class="card warn small" role="status">
          {message('popupFeedUnread', [PAGE_KIND_NAMES[row.lastPageKind ?? 'other'], SITE_NAMES[row.site], String(row.lastPostLikeCount)])}
        </p>
      ))}
      {silent.length > 0 && (
        <p class="card warn small" role="status">
          {messagePlural('popupBrokenFeeds', silent.length, [list().format(silent.map((row) => SITE_NAMES[row.site]))])}
        </p>
      )}
    </>
  );
}
