import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { cleanDisabledSites, disabledSitesItem, readDisabledSites, setSiteEnabled } from './sites-enabled';

describe('sites Realign reads', () => {
  beforeEach(() => fakeBrowser.reset());

  it('starts with every site on', async () => {
    expect(await readDisabledSites()).toEqual([]);
  });

  it('turns a site off and on again, and the choice is stored', async () => {
    await setSiteEnabled('x', false);
    await setSiteEnabled('reddit', false);
    expect(await readDisabledSites()).toEqual(['x', 'reddit']);
    await setSiteEnabled('x', true);
    expect(await disabledSitesItem.getValue()).toEqual(['reddit']);
  });

  it('reads a corrupt stored value as "all on" instead of failing', async () => {
    await fakeBrowser.storage.local.set({ disabledSites: 'x,reddit' });
    expect(await readDisabledSites()).toEqual([]);
    expect(cleanDisabledSites(['x', 42, 'nowhere', 'x'])).toEqual(['x']);
  });
});
