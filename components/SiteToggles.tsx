import { useEffect, useState } from 'preact/hooks';
import { disabledSitesItem, readDisabledSites, setSiteEnabled } from '../settings/sites-enabled';
import type { SiteId } from '../sites/types';
import { SiteCheckList } from './SiteCheckList';

/** One switch per supported site; a change applies to open tabs at once. */
export function SiteToggles() {
  const [disabled, setDisabled] = useState<SiteId[] | null>(null);
  useEffect(() => {
    void readDisabledSites().then(setDisabled);
    return disabledSitesItem.watch(() => void readDisabledSites().then(setDisabled));
  }, []);
  if (!disabled) return null;
  return <SiteCheckList isOn={(site) => !disabled.includes(site)} onChange={(site, on) => void setSiteEnabled(site, on)} />;
}
