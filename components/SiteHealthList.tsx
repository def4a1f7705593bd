import type { SiteHealthRow } from '../storage/db';
import { formatAgo, formatCount } from './format';
import { SITE_NAMES } from './site-names';

/** Sites the feed watcher has read, each with what it found last time. */
export function SiteHealthList({ rows, now }: { rows: SiteHealthRow[]; now: number }) {
  return (
    <ul class="site-health">
      {rows.map((row) => {
        // The feed script reports zero posts only after a feed page stayed empty for 15 s.
        const isSilent = row.lastPostCount === 0;
        return (
          <li key={row.site}>
            <span class="site-health__name">{SITE_NAMES[row.site]}</span>
            <span class={isSilent ? 'site-health__status warn' : 'site-health__status muted'}>
              {isSilent
                ? 'no posts found: the page may have changed'
                : `${formatCount(row.lastPostCount)} ${row.lastPostCount === 1 ? 'post' : 'posts'} found`}
              {' · '}
              {formatAgo(row.lastScanAt, now)}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
