/**
 * Extension pages in real Chromium, over a year of synthetic history (365 days, 200 posts seen
 * a day): how long the popup takes to show the day's figures, against the first paint of an
 * empty extension page measured in the same browser, alternating A B A B (target: ≤ 1.3×).
 * Also the size of what the extension ships, since the content script is parsed on every feed.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { CHROME_BUILD, launchExtension } from '../harness/browser';
import { makeHistory } from '../harness/synthetic-history';
import { formatRow, summarise } from './stats';

const RUNS = 15;

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
const popupMs: number[] = [];
const blankMs: number[] = [];
try {
  for (let run = 0; run < RUNS + 2; run++) {
    const blank = await session.openExtensionPage('blank.html');
    const blankPaint = await waitForMark(blank, 'first-contentful-paint');
    await blank.close();
    const popup = await session.openExtensionPage('popup.html');
    const shown = await waitForElementPaint(popup, 'realign-figures');
    await popup.close();
    if (run >= 2) {
      // The first two rounds warm Chromium's caches and are not counted.
      blankMs.push(blankPaint);
      popupMs.push(shown);
    }
  }
} finally {
  await session.close();
  rmSync(copy, { recursive: true, force: true });
}

const blank = summarise(blankMs);
const popup = summarise(popupMs);
console.log(formatRow('empty extension page: first paint', blank, 'ms', 1));
console.log(formatRow("popup: navigation to the day's figures painted", popup, 'ms', 1));
const ratios = popupMs.map((ms, i) => ms / blankMs[i]!);
console.log(formatRow('popup / empty page, pair by pair', summarise(ratios), '×', 2));

const sizeOf = (path: string): number =>
  statSync(path).isDirectory()
    ? readdirSync(path).reduce((sum, name) => sum + sizeOf(join(path, name)), 0)
    : statSync(path).size;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
console.log(`${'content script (content-scripts/feed.js)'.padEnd(44)} ${kb(sizeOf(join(CHROME_BUILD, 'content-scripts', 'feed.js')))}`);
console.log(`${'background service worker (background.js)'.padEnd(44)} ${kb(sizeOf(join(CHROME_BUILD, 'background.js')))}`);
console.log(`${'whole unpacked extension'.padEnd(44)} ${kb(sizeOf(CHROME_BUILD))}`);
