/**
 * The store screenshots (docs/store-listing.md), made from the built extension at the stores'
 * 1280 × 800 and written to screenshots/store/ (docs/store/ with `npm run store-screenshots`):
 *
 *   1-feed-labels.png     the demo feed, labelled in place
 *   2-daily-review.png    the popup on a seeded busy day, centred on a calm canvas with a caption
 *   3-weekly-summary.png  report.html on three weeks of seeded history
 *   4-welcome.png         the first-run page
 *
 * Every page is offline: the feed is served by the harness, the frame is set as HTML.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, dayKeyOf, weekOf } from '../activity/local-day';
import { launchExtension, REPO_ROOT, type ExtensionSession } from '../harness/browser';
import { DEMO_FEED } from '../harness/fixtures';
import { makeHistory } from '../harness/synthetic-history';

/**
 * `npm test` writes them outside the tracked tree (screenshots/store/), so a test run never changes
 * a committed file; `npm run store-screenshots` sets REALIGN_STORE_DIR=docs/store to make the ones
 * the listing links to.
 */
const STORE = join(REPO_ROOT, process.env.REALIGN_STORE_DIR ?? join('screenshots', 'store'));
const SIZE = { width: 1280, height: 800 };

/** Width and height from a PNG's header, so each file is checked at the size the stores take. */
function pngSize(path: string): { width: number; height: number } {
  const bytes = readFileSync(path);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** A 1280 × 800 frame: the popup as it opens from the toolbar, a caption above, the theme's calm colours. */
function framePage(popupPng: Buffer, caption: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><style>
    html, body { margin: 0; width: 1280px; height: 800px; overflow: hidden; }
    body { display: flex; flex-direction: column; align-items: center; justify-content: center; gap: 28px;
      background: radial-gradient(circle at 30% 20%, #fbfaf6 0%, #eef2ec 55%, #dfe9e4 100%);
      font: 600 26px/1.3 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; color: #1e2522; }
    p { margin: 0; letter-spacing: -0.01em; }
    img { display: block; border-radius: 12px; border: 1px solid #dcd7cc;
      box-shadow: 0 18px 50px rgba(23, 100, 93, 0.18), 0 2px 8px rgba(30, 37, 34, 0.08); }
  </style></head><body><p>${caption}</p><img alt="" src="data:image/png;base64,${popupPng.toString('base64')}"></body></html>`;
}

describe('the store screenshots', () => {
  let session: ExtensionSession;
  const history = makeHistory(Date.now(), 21, 150);

  beforeAll(async () => {
    mkdirSync(STORE, { recursive: true });
    session = await launchExtension({ viewport: SIZE });
    await session.writeRows('days', history.days);
    await session.writeRows('postsSeen', history.posts);
    await session.writeRows('segments', history.segments);
  });
  afterAll(async () => {
    await session?.close();
  });

  const shoot = async (page: Page, file: string) => {
    const path = join(STORE, file);
    await page.screenshot({ path });
    expect(pngSize(path)).toEqual(SIZE);
  };

  it("shows the listing's name and short description, from _locales/en, as the browser's own", async () => {
    type Self = { name: string; description: string };
    const self = await session.serviceWorker.evaluate(
      () => (globalThis as unknown as { chrome: { management: { getSelf(): Promise<Self> } } }).chrome.management.getSelf(),
    );
    const english = JSON.parse(readFileSync(join(REPO_ROOT, 'public', '_locales', 'en', 'messages.json'), 'utf8')) as Record<string, { message: string }>;
    expect(self).toMatchObject({ name: 'Realign', description: english.extDescription!.message });
  });

  it('1: the demo feed with its labels', async () => {
    await session.serve('https://mastodon.social/home', { file: DEMO_FEED });
    const feed = await session.context.newPage();
    await feed.goto('https://mastodon.social/home');
    await feed.waitForFunction(() => document.querySelectorAll('article[data-realign]').length >= 12, undefined, { timeout: 10_000 });
    // From the clickbait post on: a stretch with several labels and no emoji, which this machine's
    // fonts would draw as empty boxes.
    await feed.locator('article[data-id]').nth(4).evaluate((post) => window.scrollBy(0, post.getBoundingClientRect().top - 52));
    // The demo's sticky header has no z-index, so the badge's translucent buttons (opacity makes a
    // stacking context) would paint over it; a real site's header sits above its posts.
    await feed.addStyleTag({ content: '.column-header { z-index: 1; }' });
    expect(await feed.locator('article[data-realign] realign-badge').count()).toBeGreaterThan(2);
    await shoot(feed, '1-feed-labels.png');
    await feed.close();
  });

  it('2: the daily review on a busy day', async () => {
    const popup = await session.context.newPage();
    // 380 px is the popup's own width; 600 px is the tallest popup Chrome opens.
    await popup.setViewportSize({ width: 380, height: 600 });
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html`);
    await popup.waitForFunction(() => performance.getEntriesByName('realign:figures-shown').length > 0);
    // The toolbar popup sizes its window around the scrollbar; a page of that width would scroll sideways.
    await popup.addStyleTag({ content: 'html::-webkit-scrollbar { display: none; }' });
    const popupPng = await popup.screenshot();
    await popup.close();
    const frame = await session.context.newPage();
    await frame.setContent(framePage(popupPng, 'Your day at a glance: time, consuming vs creating, and what your feeds fed you.'));
    await frame.waitForFunction(() => document.images[0]?.complete === true);
    await shoot(frame, '2-daily-review.png');
    await frame.close();
  });

  it('3: the weekly summary', async () => {
    const lastMonday = weekOf(addDays(dayKeyOf(Date.now()), -7))[0]!;
    const report = await session.openExtensionPage(`report.html#${lastMonday}`);
    await report.waitForSelector('[data-figure="week-screen"]');
    await report.waitForTimeout(300);
    await shoot(report, '3-weekly-summary.png');
    await report.close();
  });

  it('4: the welcome page', async () => {
    const welcome = await session.openExtensionPage('welcome.html');
    await welcome.waitForSelector('h1');
    await shoot(welcome, '4-welcome.png');
    await welcome.close();
  });
});
