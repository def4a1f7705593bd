import { BarList } from '../../../components/BarList';
import { CATEGORY_COLORS } from '../../../text/category-colors';
import { CATEGORY_NAMES } from '../../../text/category-names';
import { formatCount } from '../../../text/format';
import { message, messagePlural } from '../../../text/i18n';
import { once } from '../../../text/once';
import { localReason } from '../../../text/reason-text';
import { SITE_NAMES } from '../../../text/site-names';
import { CATEGORIES } from '../../../model/categories';
import type { DailyReview } from '../../../review/load-daily-review';
import { isSiteId } from '../../../sites/types';

/** Items one after another ("a, b, c" in English), in the person's language; no "and": the line is a list, not a sentence. */
const list = once(() => new Intl.ListFormat(undefined, { type: 'unit', style: 'short' }));

/** What the person's feeds fed them today: the share of seen posts per category, and from whom. */
export function Diet({ review }: { review: DailyReview }) {
  const { diet } = review;
  const flagged = CATEGORIES.filter((category) => diet.flagged[category] > 0).sort(
    (a, b) => diet.flagged[b] - diet.flagged[a],
  );
  return (
    <section class="card diet" aria-labelledby="diet-heading">
      <h2 id="diet-heading">{message('popupDietHeading')}</h2>
      {diet.postsSeen === 0 ? (
        <p class="muted">{message('popupDietNoPosts')}</p>
      ) : (
        <>
          <p class="figure">
            <span class="figure__value" data-figure="posts-seen">
              {formatCount(diet.postsSeen)}
            </span>{' '}
            <span class="muted">
              {messagePlural(flagged.length === 0 ? 'popupDietPostsSeenNoneFlagged' : 'popupDietPostsSeen', diet.postsSeen)}
            </span>
          </p>
          {flagged.length > 0 && (
            // Scaled to the largest category, as the weekly page is: against all posts seen, a 2%
            // share would be a sliver no one can see. The count and share say the size in words.
            <BarList
              label={message('popupDietSharesLabel')}
              bars={flagged.map((category) => ({
                key: category,
                label: CATEGORY_NAMES[category],
                value: diet.flagged[category],
                valueText: message('popupDietCountShare', [
                  formatCount(diet.flagged[category]),
                  message('commonPercent', [formatCount(Math.round(diet.shares[category] * 100))]),
                ]),
                color: CATEGORY_COLORS[category],
                detail: list().format(diet.topReasons[category].slice(0, 2).map(localReason)) || undefined,
              }))}
            />
          )}
          {diet.topAccounts.length > 0 && (
            <p class="muted small">
              {message('popupDietTopAccounts', [
                list().format(
                  diet.topAccounts.map((account) =>
                    message('popupDietAccount', [
                      account.author,
                      isSiteId(account.site) ? SITE_NAMES[account.site] : account.site,
                      formatCount(account.flaggedPosts),
                    ]),
                  ),
                ),
              ])}
            </p>
          )}
        </>
      )}
    </section>
  );
}
