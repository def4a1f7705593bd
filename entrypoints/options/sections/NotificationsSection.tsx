import { WeeklyReminderSettings } from '../../../components/WeeklyReminderSettings';
import { SettingsSection } from '../SettingsSection';

export function NotificationsSection() {
  return (
    <SettingsSection id="notifications" title="Notifications" intro="Realign never interrupts you unless you ask it to.">
      <WeeklyReminderSettings />
    </SettingsSection>
  );
}
