/**
 * Keeps the feed script registered on the Mastodon instances the person added and permitted.
 * mastodon.social is in the manifest; every other instance is registered at run time
 * (`scripting.registerContentScripts`), so without the person's permission Realign runs nowhere else.
 *
 *   list changed / permission added or removed / worker start ─▶ plan ─▶ register | replace | unregister
 */
import { browser } from 'wxt/browser';
import { mastodonInstancesItem, readMastodonInstances } from '../settings/mastodon-instances';

export const MASTODON_SCRIPT_ID = 'realign-mastodon-feed';
/** WXT builds entrypoints/feed.content.ts to this file. */
export const FEED_SCRIPT_FILE = 'content-scripts/feed.js';

export type MastodonScriptPlan =
  | { kind: 'register'; matches: string[] }
  | { kind: 'replace'; matches: string[] }
  | { kind: 'unregister' }
  | { kind: 'nothing' };

export const matchesFor = (hosts: readonly string[]) => [...hosts].sort().map((host) => `https://${host}/*`);

/** registeredMatches: what is registered now, or null when nothing is. */
export function planMastodonScript(permittedHosts: readonly string[], registeredMatches: readonly string[] | null): MastodonScriptPlan {
  const matches = matchesFor(permittedHosts);
  if (matches.length === 0) return registeredMatches ? { kind: 'unregister' } : { kind: 'nothing' };
  if (!registeredMatches) return { kind: 'register', matches };
  const isSame = registeredMatches.length === matches.length && [...registeredMatches].sort().every((m, i) => m === matches[i]);
  return isSame ? { kind: 'nothing' } : { kind: 'replace', matches };
}

/** The listed hosts whose pages the browser lets Realign read now. */
async function findPermittedHosts(hosts: readonly string[]): Promise<string[]> {
  const checks = await Promise.all(hosts.map((host) => browser.permissions.contains({ origins: [`https://${host}/*`] })));
  return hosts.filter((_, i) => checks[i]);
}

export async function syncMastodonScript(): Promise<void> {
  // Without the scripting permission the API is absent: nothing can be registered, or is.
  if (!(await browser.permissions.contains({ permissions: ['scripting'] }))) return;
  const permitted = await findPermittedHosts(await readMastodonInstances());
  const [registered] = await browser.scripting.getRegisteredContentScripts({ ids: [MASTODON_SCRIPT_ID] });
  const plan = planMastodonScript(permitted, registered?.matches ?? null);
  if (plan.kind === 'unregister' || plan.kind === 'replace') {
    await browser.scripting.unregisterContentScripts({ ids: [MASTODON_SCRIPT_ID] });
  }
  if (plan.kind === 'register' || plan.kind === 'replace') {
    await browser.scripting.registerContentScripts([
      { id: MASTODON_SCRIPT_ID, js: [FEED_SCRIPT_FILE], matches: plan.matches, runAt: 'document_idle', persistAcrossSessions: true },
    ]);
  }
}

/** Registered synchronously at worker start, like every listener. */
export function watchMastodonScript(): void {
  // One sync at a time: a permission grant and the list change arrive together.
  let queue = Promise.resolve();
  const sync = () => {
    queue = queue.then(syncMastodonScript).catch((error: unknown) => console.warn('Realign: Mastodon instances:', error));
  };
  browser.permissions.onAdded.addListener(sync);
  browser.permissions.onRemoved.addListener(sync);
  mastodonInstancesItem.watch(sync);
  sync();
}
