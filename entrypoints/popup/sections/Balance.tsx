import { formatCount } from '../../../text/format';
import { formatMinutes } from '../../../text/format-minutes';
import { message } from '../../../text/i18n';
import { messageWith } from '../../../components/message-with';
import type { DailyReview } from '../../../review/load-daily-review';
import type { Goals } from '../../../settings/goals';

/** Consuming against creating, with the person's goal. */
export function Balance({ review, goals }: { review: DailyReview; goals: Goals }) {
  const { consumeMs, createMs, offlineCreateMs } = review.balance;
  const total = consumeMs + createMs;
  const createPercent = total > 0 ? Math.round((createMs / total) * 100) : 0;
  const isGoalMet = goals.createPerConsume === 0 || createMs >= consumeMs * goals.createPerConsume;
  const share = message('commonPercent', [formatCount(createPercent)]);
  return (
    <section class="card" aria-labelledby="balance-heading">
      <h2 id="balance-heading">{message('popupBalanceHeading')}</h2>
      <div class="balance" role="img" aria-label={message('popupBalanceCreateShare', [share])}>
        <span class="balance__consume" style={{ flexGrow: consumeMs }} />
        <span class="balance__create" style={{ flexGrow: createMs }} />
      </div>
      <p class="balance__legend">
        <span>
          <span class="dot dot--consume" aria-hidden="true" />{' '}
          {messageWith('popupBalanceConsumed', <strong data-figure="consume">{formatMinutes(consumeMs)}</strong>)}
        </span>
        <span>
          <span class="dot dot--create" aria-hidden="true" />{' '}
          {messageWith('popupBalanceCreated', <strong data-figure="create">{formatMinutes(createMs)}</strong>)}
          {offlineCreateMs > 0 && <span class="muted"> {message('popupBalanceOffline', [formatMinutes(offlineCreateMs)])}</span>}
        </span>
      </p>
      <p class="muted small">
        {goalText(goals.createPerConsume)}
        {total > 0 && ` · ${message(isGoalMet ? 'popupGoalMet' : 'popupGoalNotMet')}`}
      </p>
    </section>
  );
}

function goalText(createPerConsume: number): string {
  if (createPerConsume === 0) return message('popupGoalNone');
  if (createPerConsume === 1) return message('popupGoalSame');
  return message('popupGoalTimes', [formatCount(createPerConsume)]);
}
