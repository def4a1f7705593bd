import { SITE_NAMES } from '../../../components/site-names';
import type { SiteHealthRow } from '../../../storage/db';

/** Feeds where Realign found no posts on the last visit: the site may have changed its markup. */
export function BrokenFeeds({ rows }: { rows: SiteHealthRow[] }) {
  if (rows.length === 0) return null;
  const names = rows.map((row) => SITE_NAMES[row.site]).join(', ');
  return (
    <p class="card warn small" role="status">
      Realign found no posts on {names} on your last visit. The site may have changed how its pages are built, so
      labels and counts there may be missing until Realign is updated.
    </p>
  );
}
