import { useEffect, useState } from 'preact/hooks';
import { disabledSitesItem, readDisabledSites, setSiteEnabled } from '../settings/sites-enabled';
import { SITE_IDS, type SiteId } from '../sites/types';
import { SITE_NAMES } from './site-names';

/** One switch per supported site; a change applies to open tabs at once. */
export function SiteToggles() {
  const [disabled, setDisabled] = useState<SiteId[] | null>(null);
  useEffect(() => {
    void readDisabledSites().then(setDisabled);
    return disabledSitesItem.watch(() => void readDisabledSites().then(setDisabled));
  }, []);
  if (!disabled) return null;
  return (
    <ul class="site-toggles">
      {SITE_IDS.map((site) => (
        <li key={site}>
          <label>
            <input
              type="checkbox"
              checked={!disabled.includes(site)}
              onChange={(event) => void setSiteEnabled(site, event.currentTarget.checked)}
            />
            {SITE_NAMES[site]}
          </label>
        </li>
      ))}
    </ul>
  );
}
