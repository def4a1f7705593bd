import { setPauseCardsOnSite } from '../settings/pause-cards';
import { SITE_IDS, type SiteId } from '../sites/types';
import { message } from './i18n';
import { SITE_NAMES } from './site-names';

/** Pause cards on or off per site, one box each (the same grid as the sites section's own switches). */
export function PauseCardSites({ offSites }: { offSites: readonly SiteId[] }) {
  return (
    <fieldset class="pause-sites">
      <legend class="check-list__name">{message('optionsPauseSites')}</legend>
      <ul class="site-toggles">
        {SITE_IDS.map((site) => (
          <li key={site}>
            <label>
              <input
                type="checkbox"
                data-pause-site={site}
                checked={!offSites.includes(site)}
                onChange={(event) => void setPauseCardsOnSite(site, event.currentTarget.checked)}
              />
              {SITE_NAMES[site]}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
