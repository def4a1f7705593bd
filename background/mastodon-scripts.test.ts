import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { addMastodonInstance, removeMastodonInstance } from '../settings/mastodon-instances';
import { MASTODON_SCRIPT_ID, matchesFor, planMastodonScript, syncMastodonScript } from './mastodon-scripts';

describe('the feed script on added Mastodon instances', () => {
  it('registers the permitted instances, one match each', () => {
    expect(planMastodonScript(['hachyderm.io', 'fosstodon.org'], null)).toEqual({
      kind: 'register',
      matches: ['https://fosstodon.org/*', 'https://hachyderm.io/*'],
    });
  });

  it('leaves an up-to-date registration alone, whatever its order', () => {
    expect(planMastodonScript(['fosstodon.org', 'hachyderm.io'], ['https://hachyderm.io/*', 'https://fosstodon.org/*'])).toEqual({ kind: 'nothing' });
  });

  it('replaces it when an instance is added or removed', () => {
    expect(planMastodonScript(['fosstodon.org'], matchesFor(['fosstodon.org', 'hachyderm.io']))).toEqual({
      kind: 'replace',
      matches: ['https://fosstodon.org/*'],
    });
  });

  it('unregisters when none is left (removed, or its permission taken back)', () => {
    expect(planMastodonScript([], ['https://fosstodon.org/*'])).toEqual({ kind: 'unregister' });
    expect(planMastodonScript([], null)).toEqual({ kind: 'nothing' });
  });
});

describe('syncing the registration with the browser', () => {
  beforeEach(() => fakeBrowser.reset());

  /** The fake browser implements neither permissions nor scripting: a small stand-in for both. */
  function fakeScripting(granted: Set<string>) {
    const registered = new Map<string, { id: string; js: string[]; matches: string[] }>();
    fakeBrowser.permissions.contains = async (p: { permissions?: string[]; origins?: string[] }) =>
      [...(p.permissions ?? []), ...(p.origins ?? [])].every((x) => granted.has(x));
    Object.assign(fakeBrowser.scripting, {
      getRegisteredContentScripts: async ({ ids }: { ids: string[] }) => ids.flatMap((id) => (registered.has(id) ? [registered.get(id)!] : [])),
      registerContentScripts: async (scripts: { id: string; js: string[]; matches: string[] }[]) => {
        for (const s of scripts) registered.set(s.id, s);
      },
      unregisterContentScripts: async ({ ids }: { ids: string[] }) => {
        for (const id of ids) registered.delete(id);
      },
    });
    return registered;
  }

  it('registers the feed script on the listed hosts the browser lets Realign read, and drops the others', async () => {
    const registered = fakeScripting(new Set(['scripting', 'https://fosstodon.org/*']));
    await addMastodonInstance('fosstodon.org');
    await addMastodonInstance('hachyderm.io');
    await syncMastodonScript();
    expect(registered.get(MASTODON_SCRIPT_ID)).toMatchObject({ js: ['content-scripts/feed.js'], matches: ['https://fosstodon.org/*'] });
    await removeMastodonInstance('fosstodon.org');
    await syncMastodonScript();
    expect(registered.has(MASTODON_SCRIPT_ID)).toBe(false);
  });

  it('does nothing without the scripting permission', async () => {
    const registered = fakeScripting(new Set(['https://fosstodon.org/*']));
    await addMastodonInstance('fosstodon.org');
    await syncMastodonScript();
    expect(registered.size).toBe(0);
  });
});
