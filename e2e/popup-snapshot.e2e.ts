/**
 * The popup's first frame comes from today's snapshot in extension storage (review/today-snapshot.ts)
 * when there is one: it must show exactly what the live view shows, and never a snapshot that is
 * stale. To see the snapshot view alone, a page is opened with IndexedDB blocked before its
 * scripts run, so the live view can never arrive.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dayKeyOf } from '../activity/local-day';
import { launchExtension, type ExtensionSession } from '../harness/browser';
import { makeHistory } from '../harness/synthetic-history';

const SNAPSHOT_KEY = 'todaySnapshot';
const FROM_SNAPSHOT_MARK = 'realign:review-from-snapshot';

interface StoredSnapshot {
  format: number;
  release: string;
  data: { date: string; today: { screenMs: number; consumeMs: number } };
}
type SessionStorage = {
  chrome: { storage: { session: { get(key: string): Promise<Record<string, unknown>>; set(items: object): Promise<void> } } };
};

/** What a person reads in the review: figures, nudges and every list (top sites, diet). */
function viewOf(page: Page) {
  return page.evaluate(() => ({
    figures: [...document.querySelectorAll('[data-figure]')].map((e) => `${e.getAttribute('data-figure')}: ${e.textContent}`),
    nudges: [...document.querySelectorAll('.nudge')].map((e) => `${e.getAttribute('data-rule')}: ${e.querySelector('.nudge__text')?.textContent}`),
    lists: [...document.querySelectorAll('main section li')].map((e) => e.textContent),
  }));
}

describe("the popup's snapshot view", () => {
  let session: ExtensionSession;
  const history = makeHistory(Date.now(), 8, 150);

  const readSnapshot = () =>
    session.serviceWorker.evaluate(
      async (key) => (await (globalThis as unknown as SessionStorage).chrome.storage.session.get(key))[key] as StoredSnapshot | undefined,
      SNAPSHOT_KEY,
    );
  const writeSnapshot = (snapshot: StoredSnapshot) =>
    session.serviceWorker.evaluate(
      ([key, value]) => (globalThis as unknown as SessionStorage).chrome.storage.session.set({ [key]: value }),
      [SNAPSHOT_KEY, snapshot] as const,
    );
  async function waitForSnapshot(): Promise<StoredSnapshot> {
    let snapshot: StoredSnapshot | undefined;
    await expect.poll(async () => (snapshot = await readSnapshot()), { timeout: 10_000 }).toBeDefined();
    return snapshot!;
  }

  /**
   * Today's snapshot once the background has no rewrite pending: writes from an earlier page
   * (nudges recorded as shown) make it write a fresh one 500 ms later, which would replace a
   * snapshot a test put there itself.
   */
  async function waitForSettledSnapshot(): Promise<StoredSnapshot> {
    let last = await readSnapshot();
    await expect
      .poll(
        async () => {
          const previous = last;
          last = await readSnapshot();
          return last !== undefined && JSON.stringify(last) === JSON.stringify(previous);
        },
        { interval: 1_000 },
      )
      .toBe(true);
    return last!;
  }

  /** The popup with IndexedDB blocked: only the snapshot can fill it. */
  async function openSnapshotOnly(): Promise<Page> {
    const page = await session.context.newPage();
    await page.addInitScript('indexedDB.open = () => ({});');
    await page.goto(`chrome-extension://${session.extensionId}/popup.html`);
    return page;
  }
  const isFromSnapshot = (page: Page) => page.evaluate((mark) => performance.getEntriesByName(mark).length > 0, FROM_SNAPSHOT_MARK);

  beforeAll(async () => {
    session = await launchExtension();
    await session.writeRows('days', history.days);
    await session.writeRows('postsSeen', history.posts);
    await session.writeRows('segments', history.segments);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('shows the same figures, nudges and lists as the live view', async () => {
    const live = await session.openExtensionPage('popup.html');
    await live.waitForFunction(() => document.querySelectorAll('[data-figure]').length > 0);
    // The popup records the nudges it shows, then reads again: wait until that has settled.
    await waitForSnapshot();
    let liveView = await viewOf(live);
    await expect
      .poll(async () => {
        const previous = liveView;
        liveView = await viewOf(live);
        return JSON.stringify(liveView) === JSON.stringify(previous);
      })
      .toBe(true);
    await live.close();
    await waitForSnapshot();

    const fromSnapshot = await openSnapshotOnly();
    await fromSnapshot.waitForFunction(() => document.querySelectorAll('[data-figure]').length > 0);
    expect(await isFromSnapshot(fromSnapshot)).toBe(true);
    expect(await viewOf(fromSnapshot)).toEqual(liveView);
    expect(liveView.figures.length).toBeGreaterThan(0);
    expect(liveView.nudges.length).toBeGreaterThan(0);
    await fromSnapshot.close();
  });

  it('never shows a snapshot of another day, format or release', async () => {
    const good = await waitForSettledSnapshot();
    const yesterday = dayKeyOf(Date.now() - 86_400_000);
    for (const stale of [
      { ...good, data: { ...good.data, date: yesterday } },
      { ...good, format: good.format - 1 },
      { ...good, release: `${good.release}-old` },
    ]) {
      // The background may replace the snapshot at any moment (time tracking writes, a worker
      // start): an attempt counts only if the stale snapshot was still there after the page began.
      let checked = false;
      for (let attempt = 0; attempt < 5 && !checked; attempt++) {
        await writeSnapshot(stale);
        const page = await openSnapshotOnly();
        // Without a usable snapshot the first frame waits for the database, which never answers here.
        await page.waitForTimeout(600);
        const seen = { fromSnapshot: await isFromSnapshot(page), figures: await page.locator('[data-figure]').count() };
        checked = JSON.stringify(await readSnapshot()) === JSON.stringify(stale);
        if (checked) expect(seen).toEqual({ fromSnapshot: false, figures: 0 });
        await page.close();
      }
      expect(checked, 'the background replaced the stale snapshot during every attempt').toBe(true);
    }
  });

  it('never keeps figures from before an import', async () => {
    const live = await session.openExtensionPage('popup.html');
    await live.waitForFunction(() => document.querySelectorAll('[data-figure]').length > 0);
    await live.close();
    const before = await waitForSnapshot();
    const today = before.data.date;
    const added = 37 * 60_000;
    const backup = {
      format: 'realign-export',
      version: 1,
      exportedAt: new Date().toISOString(),
      days: [
        {
          date: today,
          consumeMs: added,
          createMs: 0,
          neutralMs: 0,
          sites: { 'imported.example': { ms: added, activity: 'consume' } },
          posts: { seen: 0, flagged: {} },
        },
      ],
    };
    const report = await session.openExtensionPage('report.html');
    await report.getByLabel('Import a JSON backup').setInputFiles({
      name: 'backup.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(backup)),
    });
    await expect.poll(() => report.getByRole('status').filter({ hasText: /^Imported / }).count()).toBe(1);
    // Gone at once, or already saved again from a read after the import: never the old figures.
    const after = await readSnapshot();
    if (after) expect(after.data.today.screenMs).not.toBe(before.data.today.screenMs);
    await report.close();
  });
});
