import { ActivitySettings } from '../../../components/ActivitySettings';
import { message } from '../../../text/i18n';
import { SettingsSection } from '../SettingsSection';

/** ActivitySettings holds typing-anywhere, snippets and retention too; they stay together there. */
export function TimeSection() {
  return (
    <SettingsSection id="time" title={message('optionsSectionTime')} intro={message('optionsTimeIntro')}>
      <ActivitySettings />
    </SettingsSection>
  );
}
