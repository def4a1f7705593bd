import { BarList } from '../../../components/BarList';
import { CATEGORY_COLORS } from '../../../components/category-colors';
import { CATEGORY_NAMES } from '../../../components/category-names';
import { formatCount } from '../../../components/format';
import { localReason } from '../../../components/reason-text';
import { SITE_NAMES } from '../../../components/site-names';
import { CATEGORIES } from '../../../model/categories';
import type { DailyReview } from '../../../review/load-daily-review';
import { isSiteId } from '../../../sites/types';

/** What the person's feeds fed them today: the share of seen posts per category, and from whom. */
export function Diet({ review }: { review: DailyReview }) {
  const { diet } = review;
  const flagged = CATEGORIES.filter((category) => diet.flagged[category] > 0).sort(
    (a, b) => diet.flagged[b] - diet.flagged[a],
  );
  return (
    <section class="card diet" aria-labelledby="diet-heading">
      <h2 id="diet-heading">Information diet</h2>
      {diet.postsSeen === 0 ? (
        <p class="muted">No posts seen today. Posts count once they were on screen for a second.</p>
      ) : (
        <>
          <p class="figure">
            <span class="figure__value" data-figure="posts-seen">
              {formatCount(diet.postsSeen)}
            </span>{' '}
            <span class="muted">
              {diet.postsSeen === 1 ? 'post' : 'posts'} seen
              {flagged.length === 0 ? ', none flagged' : ''}
            </span>
          </p>
          {flagged.length > 0 && (
            <BarList
              label="Share of seen posts per category"
              max={diet.postsSeen}
              bars={flagged.map((category) => ({
                key: category,
                label: CATEGORY_NAMES[category],
                value: diet.flagged[category],
                valueText: `${Math.round(diet.shares[category] * 100)}%`,
                color: CATEGORY_COLORS[category],
                detail: diet.topReasons[category].slice(0, 2).map(localReason).join(', ') || undefined,
              }))}
            />
          )}
          {diet.topAccounts.length > 0 && (
            <p class="muted small">
              Most flagged posts came from{' '}
              {diet.topAccounts
                .map((account) => `${account.author} (${isSiteId(account.site) ? SITE_NAMES[account.site] : account.site}, ${account.flaggedPosts})`)
                .join(', ')}
              .
            </p>
          )}
        </>
      )}
    </section>
  );
}
