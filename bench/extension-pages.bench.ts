/**
 * Extension pages in real Chromium, over a year of synthetic history (365 days, 200 posts seen
 * a day): how long the popup takes to show the day's figures, against the first paint of an
 * empty extension page measured in the same browser, alternating A B A B (target: ≤ 1.3×).
 *
 * The popup is measured as it is usually opened, with today's snapshot in extension storage
 * (review/today-snapshot.ts; each round waits until one was saved again, as it is within half
 * a second of the popup's own writes), and as it is first opened after a browser start or right
 * after a write, without one (the snapshot is removed first): each against its own empty page.
 * For the floor under any popup, it also shows the popup's own screen as plain HTML: the page the
 * popup drew, saved with its styles and figures but without a line of script, against its own
 * empty page. No code can put those figures on screen sooner than that.
 * Also the size of what the extension ships, since the content script is parsed on every feed.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { CHROME_BUILD, launchExtension } from '../harness/browser';
import { makeHistory } from '../harness/synthetic-history';
import { formatRow, summarise } from './stats';

// Paints are timed to 4 ms: enough pairs that the medians hold still from run to run.
const RUNS = 25;

/**
 * When a performance entry was recorded, in ms since navigation. A string, not a function: the
 * TypeScript runner would wrap a function's inner helpers in code the page does not have.
 */
/** When the element marked elementtiming="<id>" was first painted (Element Timing API). */
function waitForElementPaint(page: Page, id: string): Promise<number> {
  return page.evaluate(`new Promise((resolve) => {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (entry.identifier === ${JSON.stringify(id)}) resolve(entry.renderTime || entry.loadTime);
      }
    }).observe({ type: 'element', buffered: true });
  })`);
}

function waitForMark(page: Page, name: string): Promise<number> {
  return page.evaluate(`new Promise((resolve) => {
    const poll = () => {
      const entry = performance.getEntriesByName(${JSON.stringify(name)})[0];
      if (entry) resolve(entry.startTime); else setTimeout(poll, 5);
    };
    poll();
  })`);
}

if (!existsSync(join(CHROME_BUILD, 'manifest.json'))) {
  console.log('No Chrome build in .output/chrome-mv3: run `npm run build` first.');
  process.exit(1);
}

// A copy of the build with one empty page added, so both pages share an origin and a browser.
const copy = mkdtempSync(join(tmpdir(), 'realign-bench-ext-'));
cpSync(CHROME_BUILD, copy, { recursive: true });
writeFileSync(join(copy, 'blank.html'), '<!doctype html><html><body><p>.</p></body></html>');

const session = await launchExtension({ extensionDir: copy });
const history = makeHistory(Date.now(), 365, 200);
await session.writeRows('days', history.days);
await session.writeRows('postsSeen', history.posts);
await session.writeRows('segments', history.segments);
console.log(
  `seeded: ${history.days.length} days, ${history.posts.length.toLocaleString('en')} posts seen, ${history.segments.length.toLocaleString('en')} segments`,
);
/** The popup's snapshot key in storage.session (review/today-snapshot.ts). */
const SNAPSHOT_KEY = 'todaySnapshot';
type SessionStorage = { chrome: { storage: { session: { get(key: string): Promise<Record<string, unknown>>; remove(key: string): Promise<void> } } } };
const hasSnapshot = () =>
  session.serviceWorker.evaluate(async (key) => key in (await (globalThis as unknown as SessionStorage).chrome.storage.session.get(key)), SNAPSHOT_KEY);
const removeSnapshot = () =>
  session.serviceWorker.evaluate((key) => (globalThis as unknown as SessionStorage).chrome.storage.session.remove(key), SNAPSHOT_KEY);
async function waitForSnapshot(): Promise<void> {
  for (const started = Date.now(); Date.now() - started < 5_000; ) {
    if (await hasSnapshot()) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/**
 * One A B pair: the empty page's first paint, then the popup's figures (with `prepare` done just
 * before it opens), and whether the snapshot served them.
 */
async function measurePair(prepare: () => Promise<unknown>): Promise<{ blank: number; popup: number; isFromSnapshot: boolean }> {
  const blankPage = await session.openExtensionPage('blank.html');
  const blankPaint = await waitForMark(blankPage, 'first-contentful-paint');
  await blankPage.close();
  await prepare();
  const popupPage = await session.openExtensionPage('popup.html');
  const shown = await waitForElementPaint(popupPage, 'realign-figures');
  const isFromSnapshot = await popupPage.evaluate(`performance.getEntriesByName('realign:review-from-snapshot').length > 0`);
  await popupPage.close();
  return { blank: blankPaint, popup: shown, isFromSnapshot: isFromSnapshot === true };
}

/** The popup's screen as drawn, saved as plain HTML: its styles and figures, no script. */
async function savePopupAsPlainHtml(): Promise<void> {
  const page = await session.openExtensionPage('popup.html');
  await waitForElementPaint(page, 'realign-figures');
  await page.waitForTimeout(500); // the database side fills in below the fold
  const html = await page.evaluate(`(() => {
    for (const el of document.querySelectorAll('script, link[rel="modulepreload"]')) el.remove();
    return '<!doctype html>' + document.documentElement.outerHTML;
  })()`);
  await page.close();
  writeFileSync(join(copy, 'plain-popup.html'), html as string);
}

async function measurePlainPair(): Promise<{ blank: number; plain: number }> {
  const blankPage = await session.openExtensionPage('blank.html');
  const blankPaint = await waitForMark(blankPage, 'first-contentful-paint');
  await blankPage.close();
  const plainPage = await session.openExtensionPage('plain-popup.html');
  const shown = await waitForElementPaint(plainPage, 'realign-figures');
  await plainPage.close();
  return { blank: blankPaint, plain: shown };
}

await savePopupAsPlainHtml();
const warm = { popupMs: [] as number[], blankMs: [] as number[], fromSnapshot: 0 };
const plain = { plainMs: [] as number[], blankMs: [] as number[] };
const cold = { popupMs: [] as number[], blankMs: [] as number[], fromSnapshot: 0 };
try {
  for (let run = 0; run < RUNS + 2; run++) {
    const withSnapshot = await measurePair(waitForSnapshot);
    const withoutSnapshot = await measurePair(removeSnapshot);
    const plainPair = await measurePlainPair();
    if (run < 2) continue; // The first two rounds warm Chromium's caches and are not counted.
    plain.blankMs.push(plainPair.blank);
    plain.plainMs.push(plainPair.plain);
    for (const [into, pair] of [[warm, withSnapshot], [cold, withoutSnapshot]] as const) {
      into.blankMs.push(pair.blank);
      into.popupMs.push(pair.popup);
      if (pair.isFromSnapshot) into.fromSnapshot++;
    }
  }
} finally {
  await session.close();
  rmSync(copy, { recursive: true, force: true });
}

for (const [name, runs] of [['with a snapshot', warm], ['without a snapshot', cold]] as const) {
  console.log(`popup ${name} (${runs.fromSnapshot} of ${runs.popupMs.length} painted from the snapshot):`);
  console.log(formatRow('  empty extension page: first paint', summarise(runs.blankMs), 'ms', 1));
  console.log(formatRow("  popup: navigation to the day's figures painted", summarise(runs.popupMs), 'ms', 1));
  const ratios = runs.popupMs.map((ms, i) => ms / runs.blankMs[i]!);
  console.log(formatRow('  popup / empty page, pair by pair', summarise(ratios), '×', 2));
}

console.log("the popup's screen as plain HTML, no script (the floor under any popup):");
console.log(formatRow('  empty extension page: first paint', summarise(plain.blankMs), 'ms', 1));
console.log(formatRow("  plain page: navigation to the figures painted", summarise(plain.plainMs), 'ms', 1));
console.log(formatRow('  plain page / empty page, pair by pair', summarise(plain.plainMs.map((ms, i) => ms / plain.blankMs[i]!)), '×', 2));

const sizeOf = (path: string): number =>
  statSync(path).isDirectory()
    ? readdirSync(path).reduce((sum, name) => sum + sizeOf(join(path, name)), 0)
    : statSync(path).size;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
console.log(`${'content script (content-scripts/feed.js)'.padEnd(44)} ${kb(sizeOf(join(CHROME_BUILD, 'content-scripts', 'feed.js')))}`);
console.log(`${'background service worker (background.js)'.padEnd(44)} ${kb(sizeOf(join(CHROME_BUILD, 'background.js')))}`);
console.log(`${'whole unpacked extension'.padEnd(44)} ${kb(sizeOf(CHROME_BUILD))}`);
