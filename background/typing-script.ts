/**
 * Keeps the "typing anywhere" script registered exactly when the person wants it and has granted
 * the permission. Registered at run time (`scripting.registerContentScripts`), never in the
 * manifest, so without the permission Realign runs nothing outside the supported feeds.
 *
 *   setting changed / permission added or removed / worker start ─▶ plan ─▶ register | unregister
 */
import { browser } from 'wxt/browser';
import { readTypingEverywhere, setTypingEverywhere, TYPING_PERMISSIONS, typingEverywhereItem } from '../settings/typing-everywhere';

export const TYPING_SCRIPT_ID = 'realign-typing';

export type TypingScriptPlan = 'register' | 'unregister' | 'turn-setting-off' | 'nothing';

/** The permission can be taken back from the browser's own settings: then the setting follows. */
export function planTypingScript(s: { isWanted: boolean; isPermitted: boolean; isRegistered: boolean }): TypingScriptPlan {
  if (s.isWanted && !s.isPermitted) return 'turn-setting-off';
  if (s.isWanted && !s.isRegistered) return 'register';
  if (!s.isWanted && s.isRegistered && s.isPermitted) return 'unregister';
  return 'nothing';
}

export async function syncTypingScript(): Promise<void> {
  const isWanted = await readTypingEverywhere();
  const isPermitted = await browser.permissions.contains(TYPING_PERMISSIONS);
  // Without the scripting permission the API is absent, and nothing can be registered anyway.
  const isRegistered = isPermitted && (await browser.scripting.getRegisteredContentScripts({ ids: [TYPING_SCRIPT_ID] })).length > 0;
  switch (planTypingScript({ isWanted, isPermitted, isRegistered })) {
    case 'register':
      await browser.scripting.registerContentScripts([
        {
          id: TYPING_SCRIPT_ID,
          js: ['content-scripts/typing.js'],
          matches: TYPING_PERMISSIONS.origins,
          runAt: 'document_idle',
          persistAcrossSessions: true,
        },
      ]);
      return;
    case 'unregister':
      await browser.scripting.unregisterContentScripts({ ids: [TYPING_SCRIPT_ID] });
      return;
    case 'turn-setting-off':
      await setTypingEverywhere(false);
      return;
    case 'nothing':
      return;
  }
}

/** Registered synchronously at worker start, like every listener. */
export function watchTypingScript(): void {
  const sync = () => void syncTypingScript().catch((error: unknown) => console.warn('Realign: typing script:', error));
  browser.permissions.onAdded.addListener(sync);
  browser.permissions.onRemoved.addListener(sync);
  typingEverywhereItem.watch(sync);
  sync();
}
