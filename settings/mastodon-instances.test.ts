import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  addMastodonInstance,
  cleanInstances,
  instancePermissions,
  parseInstanceHost,
  readMastodonInstances,
  removeMastodonInstance,
} from './mastodon-instances';

describe('Mastodon instances', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads a host from what people paste: a host, an address or a handle', () => {
    expect(parseInstanceHost('fosstodon.org')).toBe('fosstodon.org');
    expect(parseInstanceHost('  https://Hachyderm.io/home ')).toBe('hachyderm.io');
    expect(parseInstanceHost('@me@social.coop')).toBe('social.coop');
    // A profile or post address copied from the browser: any URL on the instance gives its host.
    expect(parseInstanceHost('https://fosstodon.org/@someone')).toBe('fosstodon.org');
    expect(parseInstanceHost('https://fosstodon.org/@someone/113456789')).toBe('fosstodon.org');
    expect(parseInstanceHost('mastodon.art.')).toBe('mastodon.art');
  });

  it('refuses what cannot be asked for as https://<host>/*', () => {
    for (const bad of ['', 'localhost', 'fosstodon', '192.168.1.10', 'fosstodon.org:8443', '*.social', 'a..b.org', '-x.org', 'münchen.social']) {
      expect(parseInstanceHost(bad), bad).toBeNull();
    }
  });

  it('adds and removes instances, without duplicates or the default', async () => {
    await addMastodonInstance('fosstodon.org');
    await addMastodonInstance('hachyderm.io');
    await addMastodonInstance('fosstodon.org');
    expect(await readMastodonInstances()).toEqual(['fosstodon.org', 'hachyderm.io']);
    await expect(addMastodonInstance('mastodon.social')).rejects.toThrow();
    await expect(addMastodonInstance('not a host')).rejects.toThrow();
    await removeMastodonInstance('fosstodon.org');
    expect(await readMastodonInstances()).toEqual(['hachyderm.io']);
  });

  it('reads a corrupt stored value as "none added", keeping what is sound in a list', async () => {
    await fakeBrowser.storage.local.set({ mastodonInstances: 'fosstodon.org' });
    expect(await readMastodonInstances()).toEqual([]);
    expect(cleanInstances(['fosstodon.org', 42, 'Bad Host', 'mastodon.social', 'fosstodon.org'])).toEqual(['fosstodon.org']);
  });

  it('asks for exactly the instances\' pages and the scripting API', () => {
    expect(instancePermissions(['fosstodon.org'])).toEqual({ permissions: ['scripting'], origins: ['https://fosstodon.org/*'] });
  });
});
