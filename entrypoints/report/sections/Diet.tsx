import { DietComparison } from '../../../components/DietComparison';
import { formatCount } from '../../../components/format';
import { SITE_NAMES } from '../../../components/site-names';
import { isSiteId } from '../../../sites/types';
import type { WeekFigures } from '../../../summary/week-figures';

/** What the feeds fed: the share per category against the week before, and from whom. */
export function Diet({ week }: { week: WeekFigures }) {
  const rows = week.diet.filter((row) => row.flagged > 0 || (row.previousShare ?? 0) > 0);
  return (
    <section class="card" aria-labelledby="diet-heading">
      <h2 id="diet-heading">Information diet</h2>
      {week.postsSeen === 0 ? (
        <p class="muted">No posts seen this week. Posts count once they were on screen for a second.</p>
      ) : (
        <>
          <p class="figure">
            <span class="figure__value" data-figure="week-posts">{formatCount(week.postsSeen)}</span>{' '}
            <span class="muted">
              posts seen{week.previousPostsSeen > 0 ? ` (${formatCount(week.previousPostsSeen)} the week before)` : ''}
              {rows.length === 0 ? ', none flagged' : ''}
            </span>
          </p>
          {rows.length > 0 && <DietComparison rows={rows} />}
        </>
      )}
      {week.accounts.length > 0 && (
        <>
          <h3 class="report__subheading">Accounts behind the most flagged posts</h3>
          <ol class="accounts" aria-label="Accounts behind the most flagged posts">
            {week.accounts.map((account) => (
              <li key={`${account.site}:${account.author}`}>
                <span class="accounts__name">{account.author}</span>
                <span class="muted"> on {isSiteId(account.site) ? SITE_NAMES[account.site] : account.site}</span>
                <span class="accounts__count">{formatCount(account.flaggedPosts)} flagged</span>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
