import { message } from '../../../text/i18n';
import { MastodonInstances } from '../../../components/MastodonInstances';
import { SiteToggles } from '../../../components/SiteToggles';
import { SettingsSection } from '../SettingsSection';

export function SitesSection() {
  return (
    <SettingsSection id="sites" title={message('optionsSectionSites')} intro={message('optionsSitesIntro')}>
      <SiteToggles />
      <MastodonInstances />
    </SettingsSection>
  );
}
