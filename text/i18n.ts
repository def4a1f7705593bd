/**
 * User-facing text through the browser's i18n (public/_locales/<lang>/messages.json), so a
 * translation is a file, not a code change. English is the source: where there is no extension
 * runtime (Vitest, Node scripts) or a key is missing for the person's language, the English
 * message from the same file is used.
 *
 * This module knows nothing of the browser: each context hands it the browser's i18n once, as it
 * starts (connectBrowserMessages), so the words can be used by pure code and tested in Node.
 */
import type english from '../public/_locales/en/messages.json';
import { englishMessages, type EnglishMessage } from './english-messages';
import { once } from './once';

/** A messages.json file of the extension, parsed ({} when there is none for that folder). */
export type MessagesFile = Readonly<Record<string, EnglishMessage>>;

export type MessageKey = keyof typeof english;

/** What getMessage would give for the English file: named placeholders, then $1…$9 ('' for no such key). */
export function formatEnglish(key: MessageKey, substitutions: readonly string[] = []): string {
  return formatFrom(englishMessages, key, substitutions);
}

/** What getMessage would give for a messages.json catalog ('' for no such key). */
function formatFrom(catalog: MessagesFile | null, key: MessageKey, substitutions: readonly string[]): string {
  const entry = catalog?.[key];
  if (!entry) return '';
  const { message, placeholders = {} } = entry;
  const named = message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => placeholders[name.toLowerCase()]?.content ?? whole);
  return named.replace(/\$([1-9])/g, (_, n: string) => substitutions[Number(n) - 1] ?? '');
}

/** The two calls of the browser's i18n this module uses (browser.i18n, or a test's stand-in). */
export interface BrowserI18n {
  getMessage(key: string, substitutions?: string[]): string;
  getUILanguage(): string;
}

/** The browser's i18n, once a context has connected it; until then, and in Node, the English file answers. */
let browserI18n: BrowserI18n | null = null;

/** Called once by each context as it starts (entrypoints), before its first word. */
export function connectBrowserMessages(i18n: BrowserI18n): void {
  browserI18n = i18n;
  isI18nMissing = false;
  memo.clear();
  shownLanguage = null;
}

/** Set when getMessage first throws: without a runtime it always will, and a throw per badge adds up. */
let isI18nMissing = false;

/**
 * Messages already looked up: the language is fixed for a page's life, and a feed asks for the
 * same few per badge ("82 %", "Not helpful"). Bounded, as substitutions can be anything.
 */
const memo = new Map<string, string>();
const MEMO_LIMIT = 500;

export function message(key: MessageKey, substitutions: readonly string[] = []): string {
  const id = substitutions.length === 0 ? key : `${key}\u0000${substitutions.join('\u0000')}`;
  let text = memo.get(id);
  if (text === undefined) {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(id, (text = lookUp(key, substitutions)));
  }
  return text;
}

function lookUp(key: MessageKey, substitutions: readonly string[]): string {
  if (packagedMessages) return formatFrom(packagedMessages, key, substitutions);
  if (browserI18n && !isI18nMissing) {
    try {
      const text = browserI18n.getMessage(key, [...substitutions]);
      if (text || !englishMessages) return text;
    } catch {
      // No i18n here (tests, Node): the English file says the same.
      isI18nMissing = true;
    }
  }
  return formatEnglish(key, substitutions);
}

/** How the browsers name _locales folders: en, de, pt_BR, zh_Hant… */
export const LOCALE_FOLDER = /^[a-z]{2,3}(_[A-Za-z0-9]{2,4})?$/;

/** The extension's own messages.json files, read when the browser's copy came back empty. */
let packagedMessages: MessagesFile | null = null;
let ready: Promise<void> | undefined;

/**
 * Where a context's messages come from. 'browser': getMessage, with the files as the fallback
 * below. 'files': the messages.json files from the start, never getMessage, for the feed content
 * script: the first getMessage of a tab asks the browser for the whole catalog synchronously,
 * which held the feed page's main thread for 5–18 ms on every load (measured); the background
 * reads the files instead, asynchronously. If they cannot be had, getMessage answers after all.
 */
export type MessagesSource = 'browser' | 'files';

/**
 * Connects the browser's i18n and resolves once message() can answer; each extension page waits
 * for it before its first frame, and the feed content script before its first label.
 *
 * Chromium keeps one copy of an extension's messages per renderer process, asked from the browser
 * by the first getMessage (or localized CSS) of the process. When that request fails (the asking
 * page was closed during it; a busy machine), the process keeps an empty copy for its whole life
 * and getMessage answers '' for every key: every page of the extension would open blank. Then
 * the same messages.json files are read from the extension's own package (not the network), in
 * the browser's order: the UI language, its base language, English. A content script cannot read
 * them itself (they are not web-accessible) and passes `read`, which asks the background.
 */
export function messagesReady(
  i18n: BrowserI18n,
  read: (folder: string) => Promise<MessagesFile> = readMessagesFile,
  source: MessagesSource = 'browser',
): Promise<void> {
  if (!ready) connectBrowserMessages(i18n);
  return (ready ??= source === 'browser' && hasBrowserMessages() ? Promise.resolve() : readPackagedMessages(read, source));
}

/** Languages written right to left (their primary subtags): Arabic, Persian, Hebrew, Urdu and others. */
const RIGHT_TO_LEFT = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'iw', 'ks', 'ps', 'sd', 'ug', 'ur', 'yi']);

let shownLanguage: { lang: string; dir: 'ltr' | 'rtl' } | null = null;

/**
 * The language of the messages (their `languageTag`) and the direction it is written in; worked
 * out once (every feed label asks), again only when the packaged files replace the messages.
 */
export function messagesLanguage(): { lang: string; dir: 'ltr' | 'rtl' } {
  if (shownLanguage) return shownLanguage;
  const lang = message('languageTag') || 'en';
  return (shownLanguage = { lang, dir: RIGHT_TO_LEFT.has(lang.split('-')[0]!.toLowerCase()) ? 'rtl' : 'ltr' });
}

/**
 * Marks the page as written in the language of its messages (the `lang` and `dir` of <html>,
 * which index.html can only set to English), so a screen reader pronounces a translation in its
 * own language and a right-to-left one reads from the right (the stylesheets use logical sides).
 * Call once the messages are ready.
 */
export function markPageLanguage(): void {
  const { lang, dir } = messagesLanguage();
  document.documentElement.lang = lang;
  document.documentElement.dir = dir;
}

function hasBrowserMessages(): boolean {
  if (!browserI18n) return true; // No i18n at all (tests, Node): message() uses the English file.
  try {
    return browserI18n.getMessage('extName') !== '';
  } catch {
    return true; // No i18n at all (tests, Node): message() uses the English file.
  }
}

async function readPackagedMessages(read: (folder: string) => Promise<MessagesFile>, source: MessagesSource): Promise<void> {
  const language = (browserI18n?.getUILanguage() ?? 'en').replace('-', '_');
  const folders = [...new Set(['en', language.split('_')[0]!, language])];
  const catalogs = await Promise.all(folders.map((folder) => read(folder).catch(() => ({}))));
  const merged = Object.assign({}, ...catalogs) as MessagesFile;
  // Files that could not be read leave the browser's copy, which for 'files' was never asked.
  if (source === 'files' && !merged.extName) return;
  packagedMessages = merged;
  memo.clear();
  shownLanguage = null;
}

/**
 * Only what formatting needs: the translators' notes are half of the file, and a content script
 * receives it as a message.
 */
function withoutNotes(file: MessagesFile): MessagesFile {
  const entries = Object.entries(file).map(([key, { message, placeholders }]) => {
    const entry: EnglishMessage = { message };
    if (placeholders) {
      entry.placeholders = Object.fromEntries(Object.entries(placeholders).map(([name, { content }]) => [name, { content }]));
    }
    return [key, entry] as const;
  });
  return Object.fromEntries(entries);
}

/** The extension's _locales/<folder>/messages.json, read from an extension page or the background. */
export async function readMessagesFile(folder: string): Promise<MessagesFile> {
  // In a content script the same path would be a request to the site: never from there.
  if (!LOCALE_FOLDER.test(folder) || !globalThis.location?.protocol.endsWith('-extension:')) return {};
  try {
    // A root path in the extension's own pages and service worker: a file of the extension itself.
    const response = await fetch(`/_locales/${folder}/messages.json`);
    return response.ok ? withoutNotes((await response.json()) as MessagesFile) : {};
  } catch {
    return {}; // No translation for this language: the browser falls back the same way.
  }
}

/**
 * A table of messages, each looked up when it is read rather than when its module loads: a page's
 * or a content script's modules load before messagesReady() has answered, and a lookup made then
 * would keep the '' of a lost copy (see messagesReady).
 */
export function messageTable<Name extends string | number>(keys: Readonly<Record<Name, MessageKey>>): Readonly<Record<Name, string>> {
  const entries = Object.entries<MessageKey>(keys).map(([name, key]) => [name, { enumerable: true, get: () => message(key) }]);
  return Object.defineProperties({} as Record<Name, string>, Object.fromEntries(entries));
}

/** Keys that come in plural forms: `<base>_one`, `<base>_other` (and `_zero`, `_two`, `_few`, `_many` where a language needs them). */
export type PluralBase = { [K in MessageKey]: K extends `${infer Base}_other` ? Base : never }[MessageKey];

const pluralRules = once(() => new Intl.PluralRules());

/**
 * A message that depends on a count ("1 post", "4 posts"). The browsers' i18n has no plurals, so
 * each form is its own key and the language's plural rules pick one; a translation missing a
 * form falls back to `_other`. The count is not substituted for you: pass it formatted.
 */
export function messagePlural(base: PluralBase, count: number, substitutions: readonly string[] = []): string {
  const form = `${base}_${pluralRules().select(count)}` as MessageKey;
  return message(form, substitutions) || message(`${base}_other` as MessageKey, substitutions);
}
