/**
 * The person's own activity for a site, over the default (activity/default-activity.ts):
 * "YouTube is where I make my videos" moves youtube.com to create. Stored as host → activity.
 */
import { isActivity, type Activity } from '../activity/activity';
import { defineSetting } from './define-setting';

export type SiteActivities = Record<string, Activity>;

/** A host as `siteOfUrl` gives it: lower case, dots and dashes, no "www.". */
const HOST = /^(?!www\.)[a-z0-9-]+(\.[a-z0-9-]+)+$/;

export function isSiteHost(value: string): boolean {
  return value.length <= 253 && HOST.test(value);
}

/** Keeps the entries that are a host and an activity; a corrupt value reads as "no overrides". */
export function cleanSiteActivities(value: unknown): SiteActivities {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  const clean: SiteActivities = {};
  for (const [host, activity] of Object.entries(value)) {
    if (isSiteHost(host) && isActivity(activity)) clean[host] = activity;
  }
  return clean;
}

export const siteActivities = defineSetting<SiteActivities>({
  key: 'siteActivities',
  fallback: {},
  check: cleanSiteActivities,
  page: { name: 'settingsNameSiteActivities', section: 'time', shape: 'record' },
});
export const { read: readSiteActivities } = siteActivities;

/** Moves a site to an activity, or back to its default with null. */
export async function setSiteActivity(host: string, activity: Activity | null): Promise<void> {
  if (!isSiteHost(host)) throw new Error(`Not a site: ${host}`);
  const current = await readSiteActivities();
  if (activity) current[host] = activity;
  else delete current[host];
  await siteActivities.write(current);
}
