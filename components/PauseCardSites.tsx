import { setPauseCardsOnSite } from '../settings/pause-cards';
import type { SiteId } from '../sites/types';
import { message } from '../text/i18n';
import { SiteCheckList } from './SiteCheckList';

/** Pause cards on or off per site, one box each (the same grid as the sites section's own switches). */
export function PauseCardSites({ offSites }: { offSites: readonly SiteId[] }) {
  return (
    <fieldset class="pause-sites">
      <legend class="check-list__name">{message('optionsPauseSites')}</legend>
      <SiteCheckList isOn={(site) => !offSites.includes(site)} onChange={(site, on) => void setPauseCardsOnSite(site, on)} />
    </fieldset>
  );
}
