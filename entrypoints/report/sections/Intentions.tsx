import { startOfDayKey, addDays } from '../../../activity/local-day';
import { formatCount } from '../../../text/format';
import { formatMinutes } from '../../../text/format-minutes';
import { message } from '../../../text/i18n';
import { INTENTION_NAMES } from '../../../text/intention-names';
import { useLiveQuery } from '../../../components/use-live-query';
import { INTENTIONS } from '../../../intention/intention';
import type { RealignDb } from '../../../storage/db';
import { intentionWeek } from '../../../storage/intentions';

/**
 * The intention check's answers against the time spent in each answer's stretch. Shown only in a
 * week with answers: the check is off unless the person turned it on.
 */
export function Intentions({ db, monday }: { db: RealignDb; monday: string }) {
  const data = useLiveQuery(() => intentionWeek(db, startOfDayKey(monday), startOfDayKey(addDays(monday, 7))), [monday]);
  if (data.status !== 'ready' || data.value === null) return null;
  const totals = data.value;
  const rows = ([...INTENTIONS, 'skip'] as const).filter((answer) => totals[answer].stretches > 0);
  return (
    <section class="card card--wide" aria-labelledby="intentions-heading">
      <h2 id="intentions-heading">{message('reportIntentionsHeading')}</h2>
      <table class="report-table">
        <caption class="sr-only">{message('reportIntentionsHeading')}</caption>
        <thead>
          <tr>
            <th scope="col">{message('reportIntentionsAnswer')}</th>
            <th scope="col">{message('reportIntentionsStretches')}</th>
            <th scope="col">{message('reportIntentionsTime')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((answer) => (
            <tr key={answer} data-intention={answer}>
              <th scope="row">{INTENTION_NAMES[answer]}</th>
              <td data-label={message('reportIntentionsStretches')}>{formatCount(totals[answer].stretches)}</td>
              <td data-label={message('reportIntentionsTime')}>{formatMinutes(totals[answer].ms)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
