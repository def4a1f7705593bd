import { message } from '../../../components/i18n';
import { NumberField } from '../../../components/NumberField';
import { SiteLimitsField } from '../../../components/SiteLimitsField';
import { useSetting } from '../../../components/use-setting';
import { goalsItem, readGoals, setGoal } from '../../../settings/goals';
import { GOAL_FIELDS } from '../goal-fields';
import { SettingsSection } from '../SettingsSection';

/** The person's own goals, which the nudges in the daily review measure against. */
export function GoalsSection() {
  const goals = useSetting(readGoals, goalsItem);
  return (
    <SettingsSection id="goals" title={message('optionsSectionGoals')} intro={message('optionsGoalsIntro')}>
      {goals && (
        <div class="field-grid">
          {GOAL_FIELDS.map((field) => (
            <NumberField
              key={field.key}
              id={`goal-${field.key}`}
              label={field.label}
              unit={field.unit}
              hint={field.hint}
              value={goals[field.key]}
              min={field.min}
              max={field.max}
              step={field.step}
              save={(value) => setGoal(field.key, value)}
            />
          ))}
        </div>
      )}
      <SiteLimitsField />
    </SettingsSection>
  );
}
