import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { shouldGreet, watchFirstRun } from './first-run';

const installedAs = (installType: string) =>
  vi.spyOn(fakeBrowser.management, 'getSelf').mockResolvedValue({ installType } as Awaited<ReturnType<typeof fakeBrowser.management.getSelf>>);

describe('the first run', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
    watchFirstRun();
  });
  const welcomeTabs = async () => (await fakeBrowser.tabs.query({})).filter((tab) => tab.url?.endsWith('/welcome.html'));

  it('opens the welcome page once after an install from a store', async () => {
    installedAs('normal');
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    expect((await welcomeTabs()).map((tab) => tab.url)).toEqual(['chrome-extension://test-extension-id/welcome.html']);
  });

  it('opens nothing after an update or a browser update', async () => {
    installedAs('normal');
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.0.9', temporary: false });
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'browser_update', temporary: false });
    expect(await welcomeTabs()).toHaveLength(0);
  });

  it('greets every install but an unpacked one, also where the browser cannot say how it was installed', async () => {
    expect(['normal', 'admin', 'sideload', 'other', 'development'].map((type) => shouldGreet('install', type))).toEqual([true, true, true, true, false]);
    // The fake browser has no management.getSelf: counted as a normal install.
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    expect(await welcomeTabs()).toHaveLength(1);
  });
});
