import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readIdleSeconds, setIdleSeconds } from './idle-interval';
import { readKeepSnippets, setKeepSnippets } from './keep-snippets';
import { readRetentionDays, setRetentionDays } from './retention-days';
import { cleanSiteActivities, readSiteActivities, setSiteActivity } from './site-activities';

describe('activity settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('start at their defaults: 60 s idle, 180 days, snippets kept, no site moved', async () => {
    expect(await readIdleSeconds()).toBe(60);
    expect(await readRetentionDays()).toBe(180);
    expect(await readKeepSnippets()).toBe(true);
    expect(await readSiteActivities()).toEqual({});
  });

  it('store a change, and refuse values the browser or the history cannot use', async () => {
    await setIdleSeconds(120);
    await setRetentionDays(30);
    await setKeepSnippets(false);
    expect([await readIdleSeconds(), await readRetentionDays(), await readKeepSnippets()]).toEqual([120, 30, false]);
    await setIdleSeconds(5);
    await setRetentionDays(1);
    expect([await readIdleSeconds(), await readRetentionDays()]).toEqual([60, 180]);
  });

  it('read corrupt stored values as the defaults', async () => {
    await fakeBrowser.storage.local.set({ idleSeconds: '60', retentionDays: -3, keepSnippets: 'yes', siteActivities: ['x'] });
    expect(await readIdleSeconds()).toBe(60);
    expect(await readRetentionDays()).toBe(180);
    expect(await readKeepSnippets()).toBe(true);
    expect(await readSiteActivities()).toEqual({});
  });

  it('move a site and move it back, keeping only valid entries', async () => {
    await setSiteActivity('youtube.com', 'create');
    await setSiteActivity('github.com', 'neutral');
    await setSiteActivity('github.com', null);
    expect(await readSiteActivities()).toEqual({ 'youtube.com': 'create' });
    await expect(setSiteActivity('not a host', 'create')).rejects.toThrow();
    expect(cleanSiteActivities({ 'x.com': 'consume', 'x.com/home': 'create', 'a.b': 'sleep', 'www.x.com': 'create' })).toEqual({ 'x.com': 'consume' });
  });
});
