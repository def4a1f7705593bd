import { CATEGORY_NAMES } from '../../../text/category-names';
import { formatCount } from '../../../text/format';
import { message } from '../../../text/i18n';
import { messageWith } from '../../../components/message-with';
import { useLiveQuery } from '../../../components/use-live-query';
import { CATEGORIES } from '../../../model/categories';
import type { RealignDb } from '../../../storage/db';
import { countNotHelpful } from '../../../storage/feedback';

/** How many labels the person marked "not helpful", per category: their own measure of the misses. */
export function YourFeedback({ db }: { db: RealignDb }) {
  const counts = useLiveQuery(() => countNotHelpful(db), []);
  return (
    <section class="card" aria-labelledby="feedback-heading">
      <h2 id="feedback-heading">{message('modelCardFeedbackHeading')}</h2>
      {counts.status === 'loading' && <p class="muted">{message('modelCardCounting')}</p>}
      {counts.status === 'error' && <p class="warn">{message('modelCardFeedbackError', [counts.message])}</p>}
      {counts.status === 'ready' && (
        <>
          <p>
            {message('modelCardFeedbackIntro', [message('badgeNotHelpful')])}
            {CATEGORIES.every((c) => counts.value[c] === 0) && ` ${message('modelCardFeedbackNone')}`}
          </p>
          <ul class="feedback-counts">
            {CATEGORIES.map((c) => (
              <li key={c}>
                <span>{CATEGORY_NAMES[c]}</span>
                <span class="feedback-counts__value">{formatCount(counts.value[c])}</span>
              </li>
            ))}
          </ul>
          <p class="muted">
            {messageWith('modelCardFeedbackTurnDown', <a href="/options.html#labels">{message('modelCardFeedbackSettingsLink')}</a>)}
          </p>
        </>
      )}
    </section>
  );
}
