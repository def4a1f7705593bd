import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { watchFirstRun } from './first-run';

describe('the first run', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    watchFirstRun();
  });
  const welcomeTabs = async () => (await fakeBrowser.tabs.query({})).filter((tab) => tab.url?.endsWith('/welcome.html'));

  it('opens the welcome page once after an install', async () => {
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    expect(await welcomeTabs()).toHaveLength(1);
    expect((await welcomeTabs())[0]!.url).toBe('chrome-extension://test-extension-id/welcome.html');
  });

  it('opens nothing after an update or a browser update', async () => {
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.0.9', temporary: false });
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'browser_update', temporary: false });
    expect(await welcomeTabs()).toHaveLength(0);
  });
});
