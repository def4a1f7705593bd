/**
 * User-facing text through the browser's i18n (public/_locales/<lang>/messages.json), so a
 * translation is a file, not a code change. English is the source: where there is no extension
 * runtime (Vitest's fake browser throws on i18n, Node scripts have no browser at all) or a key is
 * missing for the person's language, the English message from the same file is used.
 */
import { browser } from 'wxt/browser';
import english from '../public/_locales/en/messages.json';

export type MessageKey = keyof typeof english;

interface Message {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

/** What getMessage would give for the English file: named placeholders, then $1…$9. */
export function formatEnglish(key: MessageKey, substitutions: readonly string[] = []): string {
  const { message, placeholders = {} } = english[key] as Message;
  const named = message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => placeholders[name.toLowerCase()]?.content ?? whole);
  return named.replace(/\$([1-9])/g, (_, n: string) => substitutions[Number(n) - 1] ?? '');
}

/** Set when getMessage first throws: without a runtime it always will, and a throw per badge adds up. */
let isI18nMissing = false;

export function message(key: MessageKey, substitutions: readonly string[] = []): string {
  if (!isI18nMissing) {
    try {
      const text = browser.i18n.getMessage(key, [...substitutions]);
      if (text) return text;
    } catch {
      // No i18n here (tests, Node): the English file says the same.
      isI18nMissing = true;
    }
  }
  return formatEnglish(key, substitutions);
}
