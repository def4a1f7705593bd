import { message } from '../../../text/i18n';
import { summariseWeek } from '../../../summary/summary-sentences';
import type { WeekFigures } from '../../../summary/week-figures';

/** The week in a few plain sentences, first thing on the page. */
export function Summary({ week }: { week: WeekFigures }) {
  return (
    <section class="card report-summary" aria-labelledby="summary-heading">
      <h2 id="summary-heading">{message('reportSummaryHeading')}</h2>
      <div data-figure="summary">
        {summariseWeek(week).map((sentence) => (
          <p key={sentence}>{sentence}</p>
        ))}
      </div>
      {week.isEmpty && (
        <p class="muted small">{message('reportSummaryEmptyHint')}</p>
      )}
    </section>
  );
}
