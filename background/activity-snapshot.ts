/** Reads where the person is from the browser itself, for a tracker that starts with no state. */
import { browser, type Browser } from 'wxt/browser';
import { siteOfUrl } from '../activity/site-of-url';
import type { ActiveTab, Presence, TrackerEvent } from '../activity/tracker-state';

export function activeTabOf(tab: Pick<Browser.tabs.Tab, 'id' | 'url' | 'audible'>): ActiveTab {
  return { tabId: tab.id ?? -1, host: siteOfUrl(tab.url), isAudible: tab.audible === true };
}

export async function readSnapshot(idleSeconds: number): Promise<TrackerEvent & { type: 'snapshot' }> {
  const [windows, presence] = await Promise.all([
    browser.windows.getAll({ populate: true }),
    browser.idle.queryState(idleSeconds) as Promise<Presence>,
  ]);
  const activeTabs: Record<string, ActiveTab> = {};
  let focusedWindowId: number | null = null;
  for (const window of windows) {
    if (window.id === undefined) continue;
    if (window.focused) focusedWindowId = window.id;
    const tab = window.tabs?.find((t) => t.active);
    if (tab) activeTabs[String(window.id)] = activeTabOf(tab);
  }
  return { type: 'snapshot', focusedWindowId, activeTabs, presence };
}
