import type { Goals } from '../../settings/goals';
import { choicesWith, describeGoalValue, GOAL_CHOICES } from './goal-choices';

const QUESTIONS: { key: keyof Goals; label: string; hint: string }[] = [
  { key: 'screenMinutes', label: 'Browser time a day', hint: 'Past this, the daily review mentions it.' },
  { key: 'createPerConsume', label: 'Creating', hint: 'Writing, coding, designing, posting, against reading and watching.' },
  { key: 'breakMinutes', label: 'A break after', hint: 'Suggested when you have not stepped away for five minutes.' },
  { key: 'lateNightHour', label: 'Late night starts at', hint: 'Scrolling from then until 5:00 gets a gentle note.' },
];

/** The person's goals, the defaults already chosen; each change is saved at once. */
export function GoalChoices({ goals, onChange }: { goals: Goals; onChange(key: keyof Goals, value: number): void }) {
  return (
    <section class="card welcome__section" aria-labelledby="goals-heading">
      <h2 id="goals-heading">Your goals</h2>
      <p class="muted">The nudges in the daily review measure against these. Change them any time in the settings.</p>
      <div class="welcome__goals">
        {QUESTIONS.map(({ key, label, hint }) => (
          <div class="welcome__goal" key={key}>
            <label for={`goal-${key}`}>{label}</label>
            <select
              id={`goal-${key}`}
              aria-describedby={`goal-${key}-hint`}
              value={String(goals[key])}
              onChange={(event) => onChange(key, Number(event.currentTarget.value))}
            >
              {choicesWith(GOAL_CHOICES[key], goals[key], (value) => describeGoalValue(key, value)).map((choice) => (
                <option key={choice.value} value={String(choice.value)}>
                  {choice.text}
                </option>
              ))}
            </select>
            <p id={`goal-${key}-hint`} class="welcome__hint">{hint}</p>
          </div>
        ))}
      </div>
    </section>
  );
}
