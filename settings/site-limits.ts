/**
 * Daily time limits the person sets for single sites ("x.com: 45 minutes"). A limit never blocks
 * anything: passing it brings a nudge in the daily review. Stored as host → minutes.
 */
import { defineSetting } from './define-setting';
import { isSiteHost } from './site-activities';

export type SiteLimits = Record<string, number>;

export const MIN_LIMIT_MINUTES = 5;
export const MAX_LIMIT_MINUTES = 24 * 60;

export function isValidLimit(minutes: unknown): minutes is number {
  return typeof minutes === 'number' && Number.isInteger(minutes) && minutes >= MIN_LIMIT_MINUTES && minutes <= MAX_LIMIT_MINUTES;
}

/** Keeps the entries that are a host and a whole number of minutes in range; corrupt → no limits. */
export function cleanSiteLimits(value: unknown): SiteLimits {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  const clean: SiteLimits = {};
  for (const [host, minutes] of Object.entries(value)) if (isSiteHost(host) && isValidLimit(minutes)) clean[host] = minutes;
  return clean;
}

/** Not in the settings page's note on unreadable values (it never was): a corrupt entry is dropped quietly. */
export const siteLimits = defineSetting<SiteLimits>({ key: 'siteLimits', fallback: {}, check: cleanSiteLimits });
export const { item: siteLimitsItem, read: readSiteLimits } = siteLimits;

/** Sets a site's daily limit in minutes, or removes it with null. */
export async function setSiteLimit(host: string, minutes: number | null): Promise<void> {
  if (!isSiteHost(host)) throw new Error(`Not a site: ${host}`);
  if (minutes !== null && !isValidLimit(minutes)) {
    throw new RangeError(`A limit is a whole number of minutes from ${MIN_LIMIT_MINUTES} to ${MAX_LIMIT_MINUTES}.`);
  }
  const limits = await readSiteLimits();
  if (minutes === null) delete limits[host];
  else limits[host] = minutes;
  await siteLimits.write(limits);
}
