import { GoalFields } from '../../../components/GoalFields';
import { message } from '../../../text/i18n';
import { SiteLimitsField } from '../../../components/SiteLimitsField';
import { useSetting } from '../../../components/use-setting';
import { goals as goalsSetting, setGoal } from '../../../settings/goals';
import { SettingsSection } from '../SettingsSection';

/** The person's own goals, which the nudges in the daily review measure against. */
export function GoalsSection() {
  const goals = useSetting(goalsSetting);
  return (
    <SettingsSection id="goals" title={message('optionsSectionGoals')} intro={message('optionsGoalsIntro')}>
      {goals && <GoalFields goals={goals} save={setGoal} />}
      <SiteLimitsField />
    </SettingsSection>
  );
}
