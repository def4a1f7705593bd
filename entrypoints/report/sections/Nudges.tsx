import { formatCount } from '../../../text/format';
import { message } from '../../../text/i18n';
import { messageWith } from '../../../components/message-with';
import { nameNudgeRule } from '../../../nudges/nudge-names';
import { NUDGE_COLUMNS } from '../../../summary/nudge-columns';
import type { WeekFigures } from '../../../summary/week-figures';

/** Which nudges were taken and which were set aside, rule by rule. */
export function Nudges({ week }: { week: WeekFigures }) {
  const { rules, taken, setAside } = week.nudges;
  return (
    <section class="card card--wide" aria-labelledby="nudges-heading">
      <h2 id="nudges-heading">{message('reportNudgesHeading')}</h2>
      {rules.length === 0 ? (
        <p class="muted">{message('reportNudgesNone')}</p>
      ) : (
        <>
          <p>
            {messageWith('reportNudgesTaken', <strong data-figure="nudges-taken">{formatCount(taken)}</strong>)}
            {' · '}
            {messageWith('reportNudgesSetAside', <strong data-figure="nudges-set-aside">{formatCount(setAside)}</strong>)}
          </p>
          {/* Scrolls sideways if still too wide; focusable so the keyboard can scroll it too. */}
          {/* biome-ignore lint/a11y/noNoninteractiveTabindex lint/a11y/useSemanticElements: a scrolling region must take focus so the keyboard can scroll it (axe: scrollable-region-focusable) */}
          <div class="table-scroll" tabIndex={0} role="region" aria-label={message('reportNudgesTableLabel')}>
            <table class="report-table">
              <caption class="sr-only">{message('reportNudgesTableLabel')}</caption>
              <thead>
                <tr>
                  {NUDGE_COLUMNS.map((key) => <th key={key} scope="col">{message(key)}</th>)}
                </tr>
              </thead>
              <tbody>
                {rules.map((r) => (
                  <tr key={r.rule}>
                    <th scope="row">{nameNudgeRule(r.rule)}</th>
                    {/* data-label: under 560 px each row becomes a small card with its column names beside the counts (report.css). */}
                    {[r.daysShown, r.acted, r.snoozed, r.dismissed, r.switchedOff, r.unanswered].map((n, i) => {
                      const column = NUDGE_COLUMNS[i + 1]!;
                      return <td key={column} data-label={message(column)}>{formatCount(n)}</td>;
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
