import { message } from '../../../text/i18n';
import { GoalAlertSettings } from '../../../components/GoalAlertSettings';
import { WeeklyReminderSettings } from '../../../components/WeeklyReminderSettings';
import { SettingsSection } from '../SettingsSection';

export function NotificationsSection() {
  return (
    <SettingsSection id="notifications" title={message('optionsSectionNotifications')} intro={message('optionsNotificationsIntro')}>
      <WeeklyReminderSettings />
      <GoalAlertSettings />
    </SettingsSection>
  );
}
