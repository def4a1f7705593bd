/**
 * Whether typing on any site (not only in the supported feeds' composers) counts as creating.
 * Off by default: it needs the optional permission to run a small script on every site, which
 * the person grants from the settings page at the moment they turn this on.
 */
import type { Browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';

export const typingEverywhereItem = storage.defineItem<boolean>('local:typingEverywhere', { fallback: false, version: 1 });

/** What the optional permission covers: every web page, and the API that registers the script. */
export const TYPING_PERMISSIONS = {
  permissions: ['scripting'],
  origins: ['https://*/*', 'http://*/*'],
} satisfies Browser.permissions.Permissions;

export async function readTypingEverywhere(): Promise<boolean> {
  return (await typingEverywhereItem.getValue()) === true;
}

export async function setTypingEverywhere(isOn: boolean): Promise<void> {
  await typingEverywhereItem.setValue(isOn);
}
