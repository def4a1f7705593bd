import { messagePlural } from '../../../components/i18n';
import { once } from '../../../components/once';
import { SITE_NAMES } from '../../../components/site-names';
import type { SiteHealthRow } from '../../../storage/db';

const list = once(() => new Intl.ListFormat(undefined, { type: 'conjunction' }));

/** Feeds where Realign found no posts on the last visit: the site may have changed its markup. */
export function BrokenFeeds({ rows }: { rows: SiteHealthRow[] }) {
  if (rows.length === 0) return null;
  const names = list().format(rows.map((row) => SITE_NAMES[row.site]));
  return (
    <p class="card warn small" role="status">
      {messagePlural('popupBrokenFeeds', rows.length, [names])}
    </p>
  );
}
