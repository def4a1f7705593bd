import { CATEGORY_COLORS } from '../../../text/category-colors';
import { CATEGORY_NAMES } from '../../../text/category-names';
import { message } from '../../../text/i18n';
import { oneIn } from '../../../text/one-in';
import { HEAD_CARDS } from '../../../model';
import { CATEGORIES } from '../../../model/categories';

const percentFormat = new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 0 });
const percent = (share: number) => percentFormat.format(share);

/**
 * The page's lead: per label, how many posts of its kind it caught (a bar, darker where the signs
 * were strong) and how often it lands on an ordinary post (1 in N, said in words: at 1 in 2,000 a
 * bar on the same scale would be invisible). Figures from the shipped model's own measurements
 * (HEAD_CARDS, at the 'some signs' threshold), so the page cannot disagree with what labels the feed.
 * Every figure is in the row's text; the bars are drawn for the eye only.
 */
export function CatchChart() {
  const rows = CATEGORIES.map((category) => ({ category, card: HEAD_CARDS[category] })).sort((a, b) => b.card.caught.some - a.card.caught.some);
  return (
    <section class="card" aria-labelledby="glance-heading">
      <h2 id="glance-heading">{message('modelCardGlanceHeading')}</h2>
      <p>{message('modelCardGlanceIntro')}</p>
      <ul class="catch-chart" aria-labelledby="glance-heading">
        {rows.map(({ category, card }) => (
          <li key={category} data-category={category}>
            <span class="catch-chart__name">{CATEGORY_NAMES[category]}</span>
            <span class="catch-chart__track" aria-hidden="true">
              <span class="catch-chart__bar" style={{ width: `${card.caught.some * 100}%`, background: CATEGORY_COLORS[category] }}>
                <span class="catch-chart__strong" style={{ width: `${card.caught.some > 0 ? (card.caught.strong / card.caught.some) * 100 : 0}%` }} />
              </span>
            </span>
            <span class="catch-chart__words">
              <span class="catch-chart__caught" data-figure="caught">{message('modelCardGlanceCaught', [percent(card.caught.some), percent(card.caught.strong)])}</span>
              <span class="catch-chart__wrong muted" data-figure="ordinary">{message('modelCardGlanceOrdinary', [oneIn(card.ordinaryRate.some)])}</span>
            </span>
          </li>
        ))}
      </ul>
      <p class="catch-chart__legend muted">
        <span class="catch-chart__swatch" aria-hidden="true" /> {message('modelCardGlanceStrongLegend')}
      </p>
      <p class="muted">{message('modelCardGlanceDetailsBelow')}</p>
    </section>
  );
}
