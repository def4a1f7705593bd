/**
 * After a fresh install, the welcome page (welcome.html) opens once in a tab: what Realign does,
 * what it stores, and the person's first choices. Updates and browser restarts open nothing, so a
 * new version never interrupts anyone. An unpacked load is an install too: someone trying
 * Realign from its repository meets the same first page (the test harness closes it).
 */
import { browser } from 'wxt/browser';

export const WELCOME_PATH = '/welcome.html';

/** `reason` as runtime.onInstalled gives it ('install', 'update', 'browser_update', …). */
export function shouldGreet(reason: string): boolean {
  return reason === 'install';
}

export async function greetInstall(details: { reason: string }): Promise<void> {
  if (!shouldGreet(details.reason)) return;
  await browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PATH) });
}

/** Registered at the worker's top level, so the install event that starts the worker is heard. */
export function watchFirstRun(): void {
  browser.runtime.onInstalled.addListener((details) => void greetInstall(details).catch(() => {}));
}
