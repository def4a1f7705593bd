import { MastodonInstances } from '../../../components/MastodonInstances';
import { SiteToggles } from '../../../components/SiteToggles';
import { SettingsSection } from '../SettingsSection';

export function SitesSection() {
  return (
    <SettingsSection id="sites" title="Sites" intro="Turn a site off and Realign stops reading it in every open tab.">
      <SiteToggles />
      <MastodonInstances />
    </SettingsSection>
  );
}
