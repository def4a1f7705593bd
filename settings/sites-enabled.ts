/**
 * Which supported sites Realign reads. Every site is on until the person turns it off.
 * Stored as the list of sites turned off, so a site added in a later version starts on.
 */
import { isSiteId, type SiteId } from '../sites/types';
import { defineSetting } from './define-setting';

/** A stored value that is not a list of known sites falls back to "all on" rather than failing. */
export function cleanDisabledSites(value: unknown): SiteId[] {
  return Array.isArray(value) ? [...new Set(value.filter(isSiteId))] : [];
}

export const disabledSites = defineSetting<SiteId[]>({
  key: 'disabledSites',
  fallback: [],
  check: cleanDisabledSites,
  page: { name: 'settingsNameDisabledSites', section: 'sites', shape: 'list' },
});
export const { item: disabledSitesItem, read: readDisabledSites } = disabledSites;

export async function setSiteEnabled(site: SiteId, enabled: boolean): Promise<void> {
  const disabled = new Set(await readDisabledSites());
  if (enabled) disabled.delete(site);
  else disabled.add(site);
  await disabledSites.write([...disabled]);
}
