import { message } from '../../../components/i18n';
import { WeeklyReminderSettings } from '../../../components/WeeklyReminderSettings';
import { SettingsSection } from '../SettingsSection';

export function NotificationsSection() {
  return (
    <SettingsSection id="notifications" title={message('optionsSectionNotifications')} intro={message('optionsNotificationsIntro')}>
      <WeeklyReminderSettings />
    </SettingsSection>
  );
}
