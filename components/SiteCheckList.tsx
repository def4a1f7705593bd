import { SITE_IDS, type SiteId } from '../sites/types';
import { SITE_NAMES } from '../text/site-names';

/** One box per supported site, in the settings' site grid: whether Realign reads it, whether pause cards appear on it. */
export function SiteCheckList({ isOn, onChange }: { isOn: (site: SiteId) => boolean; onChange: (site: SiteId, on: boolean) => void }) {
  return (
    <ul class="site-toggles">
      {SITE_IDS.map((site) => (
        <li key={site}>
          <label>
            <input
              type="checkbox"
              checked={isOn(site)}
              onChange={(event) => onChange(site, event.currentTarget.checked)}
            />
            {SITE_NAMES[site]}
          </label>
        </li>
      ))}
    </ul>
  );
}
