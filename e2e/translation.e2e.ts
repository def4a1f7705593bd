/**
 * A translation is a file, not a code change: the built extension with one more messages.json
 * (_locales/de, a few entries translated here) shows those words in a browser whose language is
 * German, and English for the rest, without any code of its own changing; one in Arabic lays the
 * pages out from the right.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROME_BUILD, launchExtension, REPO_ROOT, type ExtensionSession } from '../harness/browser';

const GERMAN: Record<string, string> = {
  popupTitle: 'Heute',
  popupScreenTimeHeading: 'Bildschirmzeit',
  optionsTitle: 'Realign-Einstellungen',
  popupDocumentTitle: 'Realign: heute',
  languageTag: 'de',
};

describe('the words the browser shows from the manifests', () => {
  it.each([['chrome-mv3'], ['firefox-mv3']])('%s: the name, description and toolbar title are _locales messages', (build) => {
    const dir = join(CHROME_BUILD, '..', build);
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { name: string; description: string; action: { default_title: string } };
    const english = JSON.parse(readFileSync(join(dir, '_locales', 'en', 'messages.json'), 'utf8')) as Record<string, unknown>;
    for (const shown of [manifest.name, manifest.description, manifest.action.default_title]) {
      const key = /^__MSG_(\w+)__$/.exec(shown)?.[1];
      expect(key, `${shown} is a message`).toBeDefined();
      expect(english[key!], `${key} is in _locales/en`).toBeDefined();
    }
  });
});

/** A copy of the Chrome build with `_locales/<folder>/messages.json` holding `words` (English notes kept). */
function buildWithTranslation(folder: string, words: Record<string, string>): string {
  const build = mkdtempSync(join(tmpdir(), `realign-${folder}-`));
  cpSync(CHROME_BUILD, build, { recursive: true });
  const english = JSON.parse(readFileSync(join(CHROME_BUILD, '_locales', 'en', 'messages.json'), 'utf8')) as Record<string, { message: string }>;
  for (const key of Object.keys(words)) expect(english[key], `${key} is an English message`).toBeDefined();
  const translated = Object.fromEntries(Object.entries(words).map(([key, message]) => [key, { ...english[key], message }]));
  mkdirSync(join(build, '_locales', folder));
  writeFileSync(join(build, '_locales', folder, 'messages.json'), JSON.stringify(translated));
  return build;
}

/** For the describe block it is called in: Chromium in `folder`'s language, running that build. */
function translatedExtension(folder: string, words: Record<string, string>): () => ExtensionSession {
  let session: ExtensionSession;
  let build: string;
  beforeAll(async () => {
    build = buildWithTranslation(folder, words);
    session = await launchExtension({ extensionDir: build, language: folder });
  });
  afterAll(async () => {
    await session?.close();
    rmSync(build, { recursive: true, force: true });
  });
  return () => session;
}

describe('a translation added as a file', () => {
  const session = translatedExtension('de', GERMAN);

  it('shows the translated words, and English where the file has none', async () => {
    const popup = await session().openExtensionPage('popup.html');
    await expect.poll(() => popup.getByRole('heading', { name: 'Heute' }).count()).toBe(1);
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe('de');
    // Not in the German file: the browser falls back to the default locale, English.
    await expect.poll(() => popup.getByRole('heading', { name: 'Welcome to Realign' }).count()).toBe(1);
    await popup.close();
  });

  it('words the toolbar button from the translation', async () => {
    const title = await session().serviceWorker.evaluate(() =>
      (globalThis as unknown as { chrome: { action: { getTitle(details: object): Promise<string> } } }).chrome.action.getTitle({}),
    );
    expect(title).toBe('Realign: heute');
  });

  it('titles a page from the translation', async () => {
    const options = await session().openExtensionPage('options.html');
    await expect.poll(() => options.title()).toBe('Realign-Einstellungen');
    await options.close();
  });
});

describe('a right-to-left translation added as a file', () => {
  const session = translatedExtension('ar', { popupTitle: 'اليوم', languageTag: 'ar' });

  it('lays the pages out from the right, with no code of its own', async () => {
    const popup = await session().openExtensionPage('popup.html');
    const heading = popup.getByRole('heading', { name: 'اليوم' });
    await expect.poll(() => heading.count()).toBe(1);
    expect(await popup.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['ar', 'rtl']);
    // The heading starts at the right: its right edge is nearer the page's right than its left edge is to the left.
    const box = (await heading.boundingBox())!;
    const width = await popup.evaluate(() => document.documentElement.clientWidth);
    expect(width - (box.x + box.width)).toBeLessThan(box.x);
    await popup.screenshot({ path: join(REPO_ROOT, 'screenshots', 'translation', 'popup-rtl.png'), fullPage: true });
    await popup.close();
  });
});
