import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { shouldGreet, watchFirstRun } from './first-run';

describe('the first run', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    watchFirstRun();
  });
  const welcomeTabs = async () => (await fakeBrowser.tabs.query({})).filter((tab) => tab.url?.endsWith('/welcome.html'));

  it('opens the welcome page once after an install', async () => {
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    expect((await welcomeTabs()).map((tab) => tab.url)).toEqual(['chrome-extension://test-extension-id/welcome.html']);
  });

  it('opens nothing after an update or a browser update', async () => {
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.0.9', temporary: false });
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'browser_update', temporary: false });
    expect(await welcomeTabs()).toHaveLength(0);
  });

  it('greets installs only', () => {
    expect(['install', 'update', 'browser_update', 'shared_module_update'].map(shouldGreet)).toEqual([true, false, false, false]);
  });
});
