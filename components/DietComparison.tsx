import type { DietRow } from '../summary/week-figures';
import { percent } from '../summary/summary-sentences';
import { CATEGORY_COLORS } from '../text/category-colors';
import { CATEGORY_NAMES } from '../text/category-names';
import { message } from '../text/i18n';
import { localReason } from '../text/reason-text';

/**
 * Each category's share of the posts seen this week as a bar, with a mark where it stood the week
 * before, and both figures in words.
 */
export function DietComparison({ rows }: { rows: DietRow[] }) {
  const top = Math.max(0.05, ...rows.flatMap((row) => [row.share, row.previousShare ?? 0]));
  return (
    <ul class="diet-compare" aria-label={message('reportDietCompareLabel')}>
      {rows.map((row) => (
        <li key={row.category}>
          <span class="diet-compare__name">{CATEGORY_NAMES[row.category]}</span>
          <span class="diet-compare__track" aria-hidden="true">
            <span class="diet-compare__bar" style={{ width: `${(row.share / top) * 100}%`, background: CATEGORY_COLORS[row.category] }} />
            {row.previousShare !== null && <span class="diet-compare__before" style={{ insetInlineStart: `${(row.previousShare / top) * 100}%` }} />}
          </span>
          <span class="diet-compare__value">
            <strong>{percent(row.share)}</strong>
            <span class="muted">{row.previousShare === null ? '' : ` ${message('reportDietWas', [percent(row.previousShare)])}`}</span>
          </span>
          {row.reasons.length > 0 && <span class="diet-compare__why">{message('reportDietWhy', [row.reasons.map(localReason).join(' · ')])}</span>}
        </li>
      ))}
    </ul>
  );
}
