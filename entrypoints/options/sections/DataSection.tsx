import { message } from '../../../text/i18n';
import { messageWith } from '../../../components/message-with';
import { SettingsSection } from '../SettingsSection';

export function DataSection() {
  return (
    <SettingsSection id="data" title={message('optionsSectionData')}>
      <p>{message('optionsDataPrivacy')}</p>
      <ul class="link-list">
        <li class="muted">
          {messageWith('optionsDataExport', <a href="/report.html">{message('optionsDataExportLink')}</a>)}
        </li>
        <li class="muted">
          {messageWith('optionsDataRetention', <a href="#time">{message('optionsDataRetentionLink')}</a>)}
        </li>
        <li class="muted">
          {messageWith('optionsDataModelCard', <a href="/model-card.html">{message('optionsModelCardLink')}</a>)}
        </li>
      </ul>
    </SettingsSection>
  );
}
