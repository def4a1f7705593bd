import { DietComparison } from '../../../components/DietComparison';
import { formatCount } from '../../../text/format';
import { message, messagePlural } from '../../../text/i18n';
import { SITE_NAMES } from '../../../text/site-names';
import { isSiteId } from '../../../sites/types';
import type { WeekFigures } from '../../../summary/week-figures';

/** What the feeds fed: the share per category against the week before, and from whom. */
export function Diet({ week }: { week: WeekFigures }) {
  const rows = week.diet.filter((row) => row.flagged > 0 || (row.previousShare ?? 0) > 0);
  return (
    <section class="card" aria-labelledby="diet-heading">
      <h2 id="diet-heading">{message('reportDietHeading')}</h2>
      {week.postsSeen === 0 ? (
        <p class="muted">{message('reportDietNoPosts')}</p>
      ) : (
        <>
          <p class="figure">
            <span class="figure__value" data-figure="week-posts">{formatCount(week.postsSeen)}</span>{' '}
            <span class="muted">
              {week.previousPostsSeen > 0
                ? messagePlural(week.soFar ? 'reportDietPostsSeenBeforeSoFar' : 'reportDietPostsSeenBefore', week.postsSeen, [formatCount(week.previousPostsSeen)])
                : messagePlural('reportDietPostsSeen', week.postsSeen)}
            </span>
          </p>
          {rows.length === 0 && <p class="muted">{message('reportDietNoneFlagged')}</p>}
          {rows.length > 0 && <DietComparison rows={rows} />}
        </>
      )}
      {week.accounts.length > 0 && (
        <>
          <h3 class="report__subheading">{message('reportAccountsHeading')}</h3>
          <ol class="accounts" aria-label={message('reportAccountsHeading')}>
            {week.accounts.map((account) => (
              <li key={`${account.site}:${account.author}`}>
                <span class="accounts__name">{account.author}</span>
                <span class="muted"> {message('reportAccountOnSite', [isSiteId(account.site) ? SITE_NAMES[account.site] : account.site])}</span>
                <span class="accounts__count">{messagePlural('reportAccountFlagged', account.flaggedPosts, [formatCount(account.flaggedPosts)])}</span>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
