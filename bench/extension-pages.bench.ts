/**
 * Extension pages in real Chromium: how long the popup takes to show its figures, against the
 * first paint of an empty extension page measured in the same browser, alternating A B A B.
 * Also the size of what the extension ships, since the content script is parsed on every feed.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROME_BUILD, launchExtension } from '../harness/browser';
import { formatRow, summarise } from './stats';

const RUNS = 15;

if (!existsSync(join(CHROME_BUILD, 'manifest.json'))) {
  console.log('No Chrome build in .output/chrome-mv3: run `npm run build` first.');
  process.exit(1);
}

// A copy of the build with one empty page added, so both pages share an origin and a browser.
const copy = mkdtempSync(join(tmpdir(), 'realign-bench-ext-'));
cpSync(CHROME_BUILD, copy, { recursive: true });
writeFileSync(join(copy, 'blank.html'), '<!doctype html><html><body><p>.</p></body></html>');

const session = await launchExtension({ extensionDir: copy });
const popupMs: number[] = [];
const blankMs: number[] = [];
try {
  for (let run = 0; run < RUNS + 2; run++) {
    const blank = await session.openExtensionPage('blank.html');
    const blankPaint = await blank.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const read = () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime;
          const poll = () => (read() === undefined ? setTimeout(poll, 5) : resolve(read()!));
          poll();
        }),
    );
    await blank.close();
    const popup = await session.openExtensionPage('popup.html');
    const shown = await popup.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const read = () => performance.getEntriesByName('realign:figures-shown')[0]?.startTime;
          const poll = () => (read() === undefined ? setTimeout(poll, 5) : resolve(read()!));
          poll();
        }),
    );
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
console.log(formatRow('popup: navigation to figures on screen', popup, 'ms', 1));
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
