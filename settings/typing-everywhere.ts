/**
 * Whether typing on any site (not only in the supported feeds' composers) counts as creating.
 * Off by default: it needs the optional permission to run a small script on every site, which
 * the person grants from the settings page at the moment they turn this on.
 */
import type { Browser } from 'wxt/browser';
import { defineSetting, isBooleanOr } from './define-setting';

/** What the optional permission covers: every web page, and the API that registers the script. */
export const TYPING_PERMISSIONS = {
  permissions: ['scripting'],
  origins: ['https://*/*', 'http://*/*'],
} satisfies Browser.permissions.Permissions;

export const typingEverywhere = defineSetting({
  key: 'typingEverywhere',
  fallback: false,
  check: isBooleanOr(false),
  words: { label: 'settingsTypingLabel', help: 'settingsTypingHelp' },
  page: { name: 'settingsNameTyping', section: 'time', shape: 'value' },
  permission: {
    permissions: TYPING_PERMISSIONS,
    says: { on: 'settingsTypingOn', refused: 'settingsTypingNotGranted', off: 'settingsTypingOff' },
  },
});
export const { item: typingEverywhereItem, read: readTypingEverywhere, write: setTypingEverywhere } = typingEverywhere;
