import { CATEGORY_NAMES } from '../../../components/category-names';
import { useLiveQuery } from '../../../components/use-live-query';
import { CATEGORIES } from '../../../model/categories';
import type { RealignDb } from '../../../storage/db';
import { countNotHelpful } from '../../../storage/feedback';

/** How many labels the person marked "not helpful", per category: their own measure of the misses. */
export function YourFeedback({ db }: { db: RealignDb }) {
  const counts = useLiveQuery(() => countNotHelpful(db), []);
  return (
    <section class="card" aria-labelledby="feedback-heading">
      <h2 id="feedback-heading">What you told it</h2>
      {counts.status === 'loading' && <p class="muted">Counting…</p>}
      {counts.status === 'error' && <p class="warn">Could not read your feedback: {counts.message}</p>}
      {counts.status === 'ready' && (
        <>
          <p>
            Labels you marked “Not helpful”, kept on this device.{' '}
            {CATEGORIES.every((c) => counts.value[c] === 0) && 'None so far.'}
          </p>
          <ul class="feedback-counts">
            {CATEGORIES.map((c) => (
              <li key={c}>
                <span>{CATEGORY_NAMES[c]}</span>
                <span class="feedback-counts__value">{counts.value[c]}</span>
              </li>
            ))}
          </ul>
          <p class="muted">
            If one kind often misses for you, turn its sensitivity down in the <a href="/options.html#labels">label settings</a>.
          </p>
        </>
      )}
    </section>
  );
}
