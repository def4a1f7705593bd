/**
 * Mastodon instances the person added beside mastodon.social. Each one needs the optional host
 * permission for `https://<host>/*`, asked for at the moment it is added; the background then
 * registers the feed script for the hosts that are both listed and permitted.
 */
import type { Browser } from 'wxt/browser';
import { DEFAULT_MASTODON_HOSTS } from '../sites/mastodon';
import { defineSetting } from './define-setting';

/** Enough for anyone who follows a few communities; each one is a registered script match. */
export const MAX_INSTANCES = 50;

/** A public DNS name: letters, digits and dashes in dot-separated labels, with a letter-only top level. */
const HOST = /^(?=.{4,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

/**
 * "https://Fosstodon.org/home" or "@me@fosstodon.org" → "fosstodon.org"; null when it is not a host
 * name Realign can ask access to (an address with a port, an IP, a single word).
 */
export function parseInstanceHost(input: string): string | null {
  let text = input.trim().toLowerCase();
  const handle = /^@?[^@\s/]+@([^@\s/]+)$/.exec(text);
  if (handle) text = handle[1]!;
  text = text.replace(/^https?:\/\//, '').replace(/[/?#].*$/, '').replace(/\.$/, '');
  return HOST.test(text) ? text : null;
}

export function isDefaultMastodonHost(host: string): boolean {
  return (DEFAULT_MASTODON_HOSTS as readonly string[]).includes(host);
}

/** What the browser is asked for when an instance is added: its pages, and the API that registers the script there. */
export function instancePermissions(hosts: readonly string[]): Browser.permissions.Permissions {
  return { permissions: ['scripting'], origins: hosts.map((host) => `https://${host}/*`) };
}

/** Valid, distinct hosts that are not already read by default; anything else reads as "none added". */
export function cleanInstances(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  const hosts = value.filter((h): h is string => typeof h === 'string' && parseInstanceHost(h) === h && !isDefaultMastodonHost(h));
  return [...new Set(hosts)].slice(0, MAX_INSTANCES);
}

export const mastodonInstances = defineSetting<string[]>({
  key: 'mastodonInstances',
  fallback: [],
  check: cleanInstances,
  page: { name: 'settingsNameMastodon', section: 'sites', shape: 'list' },
});
export const { item: mastodonInstancesItem, read: readMastodonInstances } = mastodonInstances;

export async function addMastodonInstance(host: string): Promise<string[]> {
  if (parseInstanceHost(host) !== host || isDefaultMastodonHost(host)) throw new Error(`Not an instance to add: ${host}`);
  const next = cleanInstances([...(await readMastodonInstances()), host]);
  await mastodonInstances.write(next);
  return next;
}

export async function removeMastodonInstance(host: string): Promise<string[]> {
  const next = (await readMastodonInstances()).filter((h) => h !== host);
  await mastodonInstances.write(next);
  return next;
}
