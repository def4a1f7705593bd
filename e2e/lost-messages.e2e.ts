/**
 * Chromium keeps one copy of an extension's messages per renderer process. When the request
 * that fills it fails (the asking page was closed during it, a busy machine), getMessage answers
 * '' for every key for the rest of the process's life. That once left every page of a test
 * session blank. Here getMessage is made to answer '' before a page's scripts run, and each page
 * must read exactly as it does with the browser's copy (text/i18n.ts, messagesReady).
 *
 * Which language's files are read is checked in text/i18n.test.ts, not here: Chromium
 * started in German by this harness (LANGUAGE=de) looks its messages up in German while its
 * getUILanguage(), @@ui_locale and navigator.language all still say en-US.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type ExtensionSession } from '../harness/browser';
import { makeHistory } from '../harness/synthetic-history';

/** Each page, and what is on it once it has read what it shows (figures, settings, the model's measurements). */
const PAGES: [string, string][] = [
  ['popup.html', '[data-figure]'],
  ['report.html', '[data-figure="week-screen"]:not(:empty)'],
  ['options.html', '#nudges input'],
  ['welcome.html', 'input[type="radio"]:checked'],
  ['model-card.html', 'table td'],
];
const LOSE_MESSAGES = 'chrome.i18n.getMessage = () => "";';

/** The page's title and words; digits masked, as a clock may tick between two opens. */
const wordsOf = (page: Page) =>
  // biome-ignore lint/performance/useDomNodeTextContent: the words a person sees, as laid out, are what is compared
  page.evaluate(() => ({ title: document.title, text: document.body.innerText.replace(/\d/g, '#') }));

/** The words once the page has stopped changing for a while (its figures and settings arrive after the first frame). */
async function settledWords(page: Page): Promise<{ title: string; text: string }> {
  let last = await wordsOf(page);
  await expect
    .poll(
      async () => {
        const previous = last;
        last = await wordsOf(page);
        return last.text !== '' && JSON.stringify(last) === JSON.stringify(previous);
      },
      { interval: 700 },
    )
    .toBe(true);
  return last;
}

describe('pages whose browser lost the extension\'s messages', () => {
  let session: ExtensionSession;

  beforeAll(async () => {
    session = await launchExtension();
    const history = makeHistory(Date.now(), 8, 150);
    await session.writeRows('days', history.days);
    await session.writeRows('postsSeen', history.posts);
    await session.writeRows('segments', history.segments);
  });
  afterAll(async () => {
    await session?.close();
  });

  it.each(PAGES)('%s reads the same as with the browser\'s copy', async (path, ready) => {
    const normal = await session.openExtensionPage(path);
    await normal.waitForSelector(ready, { state: 'attached' });
    const expected = await settledWords(normal);
    await normal.close();
    expect(expected.title).not.toBe('');

    const lost = await session.context.newPage();
    await lost.addInitScript(LOSE_MESSAGES);
    await lost.goto(`chrome-extension://${session.extensionId}/${path}`);
    // The simulation holds: the browser's own lookup really answers nothing on this page.
    expect(await lost.evaluate(() => (globalThis as unknown as { chrome: { i18n: { getMessage(k: string): string } } }).chrome.i18n.getMessage('extName'))).toBe('');
    await lost.waitForSelector(ready, { state: 'attached' });
    await expect.poll(() => wordsOf(lost)).toEqual(expected);
    await lost.close();
  });
});
