import { summariseWeek } from '../../../summary/summary-sentences';
import type { WeekFigures } from '../../../summary/week-figures';

/** The week in a few plain sentences, first thing on the page. */
export function Summary({ week }: { week: WeekFigures }) {
  return (
    <section class="card report-summary" aria-labelledby="summary-heading">
      <h2 id="summary-heading">In short</h2>
      <div data-figure="summary">
        {summariseWeek(week).map((sentence) => (
          <p key={sentence}>{sentence}</p>
        ))}
      </div>
      {week.isEmpty && (
        <p class="muted small">
          Realign counts time in this browser and the posts you see on the feeds it reads. Other weeks are a click away,
          with the buttons above.
        </p>
      )}
    </section>
  );
}
