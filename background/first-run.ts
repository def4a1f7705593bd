/**
 * After a fresh install, the welcome page (welcome.html) opens once in a tab: what Realign does,
 * what it stores, and the person's first choices. Updates and browser restarts open nothing, so a
 * new version never interrupts anyone.
 *
 * An unpacked load (installType 'development': a developer, or the e2e harness, which opens its
 * own tabs the moment the worker starts and would find this one taking the focus mid-test) opens
 * nothing either; welcome.html is at its address for them, and e2e/welcome.e2e.ts opens it there.
 */
import { browser } from 'wxt/browser';

export const WELCOME_PATH = '/welcome.html';

/** `reason` as runtime.onInstalled gives it ('install', 'update', …); `installType` as management.getSelf does. */
export function shouldGreet(reason: string, installType: string): boolean {
  return reason === 'install' && installType !== 'development';
}

/** How this copy was installed; 'normal' where the browser cannot say (management.getSelf needs no permission). */
async function readInstallType(): Promise<string> {
  try {
    return (await browser.management.getSelf()).installType;
  } catch {
    return 'normal';
  }
}

export async function greetInstall(details: { reason: string }): Promise<void> {
  if (!shouldGreet(details.reason, await readInstallType())) return;
  await browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PATH) });
}

/** Registered at the worker's top level, so the install event that starts the worker is heard. */
export function watchFirstRun(): void {
  browser.runtime.onInstalled.addListener((details) => void greetInstall(details).catch(() => {}));
}
