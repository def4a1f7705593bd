/**
 * Which supported sites Realign reads. Every site is on until the person turns it off.
 * Stored as the list of sites turned off, so a site added in a later version starts on.
 */
import { storage } from 'wxt/utils/storage';
import { isSiteId, type SiteId } from '../sites/types';

export const disabledSitesItem = storage.defineItem<SiteId[]>('local:disabledSites', {
  fallback: [],
  version: 1,
});

/** A stored value that is not a list of known sites falls back to "all on" rather than failing. */
export function cleanDisabledSites(value: unknown): SiteId[] {
  return Array.isArray(value) ? [...new Set(value.filter(isSiteId))] : [];
}

export async function readDisabledSites(): Promise<SiteId[]> {
  return cleanDisabledSites(await disabledSitesItem.getValue());
}

export async function setSiteEnabled(site: SiteId, enabled: boolean): Promise<void> {
  const disabled = new Set(await readDisabledSites());
  if (enabled) disabled.delete(site);
  else disabled.add(site);
  await disabledSitesItem.setValue([...disabled]);
}
