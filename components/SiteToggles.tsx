import { disabledSites, setSiteEnabled } from '../settings/sites-enabled';
import { SiteCheckList } from './SiteCheckList';
import { useSetting } from './use-setting';

/** One switch per supported site; a change applies to open tabs at once. */
export function SiteToggles() {
  const disabled = useSetting(disabledSites);
  if (!disabled) return null;
  return <SiteCheckList isOn={(site) => !disabled.includes(site)} onChange={(site, on) => void setSiteEnabled(site, on)} />;
}
