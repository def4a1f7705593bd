import { ActivitySettings } from '../../../components/ActivitySettings';
import { SettingsSection } from '../SettingsSection';

/** ActivitySettings holds typing-anywhere, snippets and retention too; they stay together there. */
export function TimeSection() {
  return (
    <SettingsSection
      id="time"
      title="Time tracking"
      intro="Time in the browser is counted per site as consuming, creating or neutral, and only while you are there."
    >
      <ActivitySettings />
    </SettingsSection>
  );
}
