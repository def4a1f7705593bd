import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { cleanSiteLimits, readSiteLimits, setSiteLimit } from './site-limits';

describe('daily limits per site', () => {
  beforeEach(() => fakeBrowser.reset());

  it('are none until the person sets one, and can be changed and removed', async () => {
    expect(await readSiteLimits()).toEqual({});
    await setSiteLimit('x.com', 45);
    await setSiteLimit('youtube.com', 60);
    await setSiteLimit('x.com', 30);
    expect(await readSiteLimits()).toEqual({ 'x.com': 30, 'youtube.com': 60 });
    await setSiteLimit('youtube.com', null);
    expect(await readSiteLimits()).toEqual({ 'x.com': 30 });
  });

  it('refuse what is not a site or not a sensible number of minutes, and keep what was stored', async () => {
    await setSiteLimit('x.com', 45);
    await expect(setSiteLimit('not a site', 30)).rejects.toThrow('Not a site');
    await expect(setSiteLimit('x.com', 2)).rejects.toThrow(RangeError);
    await expect(setSiteLimit('x.com', 12.5)).rejects.toThrow(RangeError);
    expect(await readSiteLimits()).toEqual({ 'x.com': 45 });
  });

  it('read a corrupt stored value as "no limits", entry by entry', () => {
    expect(cleanSiteLimits({ 'x.com': 45, 'bad host!': 30, 'youtube.com': -1, 'reddit.com': '60' })).toEqual({ 'x.com': 45 });
    expect(cleanSiteLimits(['x.com'])).toEqual({});
  });
});
