import { message, type MessageKey } from '../../components/i18n';
import type { Goals } from '../../settings/goals';
import { choicesWith, describeGoalValue, GOAL_CHOICES } from './goal-choices';

const QUESTIONS: { key: keyof Goals; label: MessageKey; hint: MessageKey }[] = [
  { key: 'screenMinutes', label: 'goalScreenLabel', hint: 'goalScreenHint' },
  { key: 'createPerConsume', label: 'goalCreateLabel', hint: 'goalCreateHint' },
  { key: 'breakMinutes', label: 'goalBreakLabel', hint: 'goalBreakHint' },
  { key: 'lateNightHour', label: 'goalLateLabel', hint: 'goalLateHint' },
];

/** The person's goals, the defaults already chosen; each change is saved at once. */
export function GoalChoices({ goals, onChange }: { goals: Goals; onChange(key: keyof Goals, value: number): void }) {
  return (
    <section class="card welcome__section" aria-labelledby="goals-heading">
      <h2 id="goals-heading">{message('welcomeGoalsHeading')}</h2>
      <p class="muted">{message('welcomeGoalsIntro')}</p>
      <div class="welcome__goals">
        {QUESTIONS.map(({ key, label, hint }) => (
          <div class="welcome__goal" key={key}>
            <label for={`goal-${key}`}>{message(label)}</label>
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
            <p id={`goal-${key}-hint`} class="welcome__hint">{message(hint)}</p>
          </div>
        ))}
      </div>
    </section>
  );
}
