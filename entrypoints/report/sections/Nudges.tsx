import { nameNudgeRule } from '../../../components/nudge-rule-names';
import type { WeekFigures } from '../../../summary/week-figures';

/** Which nudges were taken and which were set aside, rule by rule. */
export function Nudges({ week }: { week: WeekFigures }) {
  const { rules, taken, setAside } = week.nudges;
  return (
    <section class="card card--wide" aria-labelledby="nudges-heading">
      <h2 id="nudges-heading">Nudges</h2>
      {rules.length === 0 ? (
        <p class="muted">No nudges this week.</p>
      ) : (
        <>
          <p>
            Taken <strong data-figure="nudges-taken">{taken}</strong> · set aside <strong data-figure="nudges-set-aside">{setAside}</strong>
          </p>
          {/* Scrolls sideways in a narrow window; focusable so the keyboard can scroll it too. */}
          <div class="table-scroll" tabIndex={0} role="region" aria-label="Nudges this week, by rule">
            <table class="report-table">
              <caption class="sr-only">Nudges this week, by rule</caption>
              <thead>
                <tr>
                  <th scope="col">Nudge</th>
                  <th scope="col">Days shown</th>
                  <th scope="col">Done</th>
                  <th scope="col">Later</th>
                  <th scope="col">Dismissed</th>
                  <th scope="col">Turned off</th>
                  <th scope="col">Unanswered</th>
                </tr>
              </thead>
              <tbody>
                {rules.map((r) => (
                  <tr key={r.rule}>
                    <th scope="row">{nameNudgeRule(r.rule)}</th>
                    <td>{r.daysShown}</td>
                    <td>{r.acted}</td>
                    <td>{r.snoozed}</td>
                    <td>{r.dismissed}</td>
                    <td>{r.switchedOff}</td>
                    <td>{r.unanswered}</td>
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
