/**
 * After a fresh install, the welcome page (welcome.html) opens once in a tab: what Realign does,
 * what it stores, and the person's first choices. Updates and browser restarts open nothing, so a
 * new version never interrupts anyone.
 */
import { browser, type Browser } from 'wxt/browser';

export const WELCOME_PATH = '/welcome.html';

/** Opens the welcome page for an install, and for nothing else. */
export async function greetInstall(details: Pick<Browser.runtime.InstalledDetails, 'reason'>): Promise<void> {
  if (details.reason !== 'install') return;
  await browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PATH) });
}

/** Registered at the worker's top level, so the install event that starts the worker is heard. */
export function watchFirstRun(): void {
  browser.runtime.onInstalled.addListener((details) => void greetInstall(details).catch(() => {}));
}
