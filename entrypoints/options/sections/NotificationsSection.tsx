import { message } from '../../../text/i18n';
import { PermissionToggle } from '../../../components/PermissionToggle';
import { WeeklyReminderSettings } from '../../../components/WeeklyReminderSettings';
import { goalAlerts } from '../../../settings/goal-alerts';
import { SettingsSection } from '../SettingsSection';

export function NotificationsSection() {
  return (
    <SettingsSection id="notifications" title={message('optionsSectionNotifications')} intro={message('optionsNotificationsIntro')}>
      <WeeklyReminderSettings />
      <PermissionToggle setting={goalAlerts} class="goal-alerts" />
    </SettingsSection>
  );
}
