import { BarList } from '../../../components/BarList';
import { formatCount } from '../../../text/format';
import { formatMinutes } from '../../../text/format-minutes';
import { message, type MessageKey } from '../../../text/i18n';
import { messageWith } from '../../../components/message-with';
import type { DailyReview } from '../../../review/load-daily-review';

const ACTIVITY_COLORS = { consume: 'var(--consume)', create: 'var(--create)', neutral: 'var(--neutral)' };

/** Today's time in the browser against the person's own week, and where it went. */
export function ScreenTime({ review }: { review: DailyReview }) {
  const { today, averageScreenMs, topSites } = review;
  return (
    <section class="card screen-time" aria-labelledby="screen-heading">
      <h2 id="screen-heading">{message('popupScreenTimeHeading')}</h2>
      {/* elementtiming: the benchmark reads when the figure was first painted (on a block: Chrome
          reports text paints for the nearest block, not for an inline span). */}
      <p class="figure" elementtiming="realign-figures">
        <span class="figure__value" data-figure="screen-time">
          {formatMinutes(today.screenMs)}
        </span>{' '}
        {/* The day is not over: the figure says so, beside averages of whole days. */}
        <span class="muted">{message('popupSoFarToday')}</span>
        {averageScreenMs !== null && <span class="muted"> · {comparisonParts(today.screenMs, averageScreenMs)}</span>}
      </p>
      {topSites.length > 0 && (
        <BarList
          label={message('popupTopSitesLabel')}
          bars={topSites.map((site) => ({
            key: site.host,
            label: site.host,
            value: site.ms,
            valueText: formatMinutes(site.ms),
            color: ACTIVITY_COLORS[site.activity],
          }))}
        />
      )}
    </section>
  );
}

/**
 * Today against the average of whole days. Today is not over, so being under the average says
 * nothing yet (at nine in the morning every day is "65% below"): then the average is only named.
 * Being over it, or about at it, is already true.
 */
export function compareToAverage(todayMs: number, averageMs: number): string {
  const { key, values } = averageComparison(todayMs, averageMs);
  return message(key, values);
}

function averageComparison(todayMs: number, averageMs: number): { key: MessageKey; values: string[] } {
  const average = formatMinutes(averageMs);
  const change = Math.round(((todayMs - averageMs) / averageMs) * 100);
  if (averageMs < 60_000 || change <= -5) return { key: 'popupAverageIs', values: [average] };
  if (change < 5) return { key: 'popupAboutAverage', values: [average] };
  return { key: 'popupAboveAverage', values: [message('commonPercent', [formatCount(change)]), average] };
}

/** The same sentence with each figure in an element that keeps it on one line ("3 h 20 min", never "3 h / 20 min"). */
function comparisonParts(todayMs: number, averageMs: number) {
  const { key, values } = averageComparison(todayMs, averageMs);
  return messageWith(key, ...values.map((value) => <span key={value} class="value">{value}</span>));
}
