import { formatMinutes } from '../../../components/format-minutes';
import type { DailyReview } from '../../../review/load-daily-review';
import type { Goals } from '../../../settings/goals';

/** Consuming against creating, with the person's goal. */
export function Balance({ review, goals }: { review: DailyReview; goals: Goals }) {
  const { consumeMs, createMs, offlineCreateMs } = review.balance;
  const total = consumeMs + createMs;
  const createPercent = total > 0 ? Math.round((createMs / total) * 100) : 0;
  const isGoalMet = goals.createPerConsume === 0 || createMs >= consumeMs * goals.createPerConsume;
  return (
    <section class="card" aria-labelledby="balance-heading">
      <h2 id="balance-heading">Consume vs create</h2>
      <div class="balance" role="img" aria-label={`${createPercent}% of it creating`}>
        <span class="balance__consume" style={{ flexGrow: consumeMs }} />
        <span class="balance__create" style={{ flexGrow: createMs }} />
      </div>
      <p class="balance__legend">
        <span>
          <span class="dot dot--consume" aria-hidden="true" /> Consumed <strong data-figure="consume">{formatMinutes(consumeMs)}</strong>
        </span>
        <span>
          <span class="dot dot--create" aria-hidden="true" /> Created <strong data-figure="create">{formatMinutes(createMs)}</strong>
          {offlineCreateMs > 0 && <span class="muted"> ({formatMinutes(offlineCreateMs)} offline)</span>}
        </span>
      </p>
      <p class="muted small">
        {goalText(goals.createPerConsume)}
        {total > 0 && (isGoalMet ? ' · met today' : ' · not yet today')}
      </p>
    </section>
  );
}

function goalText(createPerConsume: number): string {
  if (createPerConsume === 0) return 'No goal set for creating.';
  if (createPerConsume === 1) return 'Goal: create at least as much as you consume';
  return `Goal: create ${createPerConsume}× as much as you consume`;
}
