/**
 * The pause card on the demo feed, in Chromium: it appears after a stretch (seeded as history,
 * as if the person had scrolled 25 minutes) and after a run of provoking posts (a page of scam
 * posts), each choice does what it says, and nothing appears when both triggers are off.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { dayKeyOf } from '../activity/local-day';
import { findSeriousViolations } from '../harness/axe';
import { launchExtension, REPO_ROOT, type ExtensionSession } from '../harness/browser';
import { DEMO_FEED } from '../harness/fixtures';

const HOME = 'https://mastodon.social/home';
const CARD = 'realign-pause-card';
const SHOTS = join(REPO_ROOT, 'screenshots', 'pause-card');
const MIN = 60_000;

/** The card's text, or '' while there is none. */
const cardText = (page: Page) => page.evaluate((tag) => document.querySelector(tag)?.shadowRoot?.textContent ?? '', CARD);
const press = (page: Page, action: string) =>
  page.evaluate(([tag, a]) => (document.querySelector(tag)!.shadowRoot!.querySelector(`button[data-action="${a}"]`) as HTMLButtonElement).click(), [CARD, action] as const);

/** Ten scam posts in the demo feed's markup, with the demo's own scam post as their text. */
function scamFeed(): string {
  const demo = readFileSync(DEMO_FEED, 'utf8');
  const articles = demo.split('<article').slice(1).map((part) => `<article${part.split('</article>')[0]}</article>`);
  const scam = articles.find((a) => /BTC/.test(a))!;
  const id = /data-id="(\d+)"/.exec(scam)![1]!;
  const posts = Array.from({ length: 10 }, (_, i) => scam.replaceAll(id, `1136000000000000${String(i).padStart(2, '0')}`)).join('\n');
  return demo.replace(/<div class="item-list" role="feed">[\s\S]*<\/div>\s*<\/div>\s*<\/body>/, `<div class="item-list" role="feed">${posts}</div></div></body>`);
}

describe('the pause card in the feed', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchExtension({ viewport: { width: 1000, height: 1400 } });
    await session.serve(HOME, { file: DEMO_FEED });
    await session.serve('https://mastodon.social/tags/scam', { html: scamFeed() });
  });
  afterAll(async () => {
    await session?.close();
  });
  beforeEach(async () => {
    // Every test starts with no card shown today (the first card's explanation already given) and the triggers on, as installed.
    const explained = { day: dayKeyOf(Date.now()), shownToday: 0, pausedDay: null, quietUntil: 0, lastShownByTab: {}, hasExplained: true };
    await session.setExtensionStorage({ pauseCardState: explained, pauseCards: { isStretchOn: true, isProvocationOn: true, thresholdMinutes: 20 } });
  });

  /** 25 minutes on mastodon.social up to a minute ago, as the tracker would have stored it. */
  async function seedStretch(): Promise<void> {
    const end = Date.now() - MIN;
    const start = end - 25 * MIN;
    await session.writeRows('segments', [{ id: `${start}:mastodon.social`, start, end, host: 'mastodon.social', activity: 'consume' }]);
  }

  async function openFeed(url = HOME, light = false): Promise<Page> {
    const page = await session.context.newPage();
    if (light) {
      await page.addInitScript(() =>
        document.addEventListener('DOMContentLoaded', () => {
          const style = document.createElement('style');
          style.textContent = 'body{background:#fff!important;color:#0f1419!important} article,.column-header,.demo-note{background:#fff!important;color:#0f1419!important} .status__display-name{color:#0f1419!important}';
          document.head.append(style);
        }),
      );
    }
    await page.goto(url);
    return page;
  }

  it('appears between posts after a long stretch, with the figures and a first-time line; Keep scrolling quiets it', async () => {
    await seedStretch();
    await session.setExtensionStorage({ pauseCardState: null }); // as installed: the first card ever
    const page = await openFeed();
    await expect.poll(() => cardText(page), { timeout: 15_000 }).toMatch(/\d+ min on Mastodon\./);
    const text = await cardText(page);
    expect(text).toContain('turn it off under Settings');
    expect(text).toContain('Keep scrolling');
    // In the flow of the feed, right after a post, never over it.
    expect(await page.evaluate((tag) => document.querySelector(tag)!.previousElementSibling?.tagName ?? document.querySelector(tag)!.parentElement!.tagName, CARD)).toMatch(/ARTICLE|DIV/);
    expect(await page.evaluate((tag) => getComputedStyle(document.querySelector(tag)!).position, CARD)).toBe('static');
    await page.locator(CARD).screenshot({ path: join(SHOTS, 'dark.png') });
    expect(await findSeriousViolations(page, CARD)).toEqual([]);
    await press(page, 'keep-scrolling');
    expect(await page.locator(CARD).count()).toBe(0);
    // Quiet for 20 minutes, in every tab.
    const other = await openFeed();
    await other.waitForTimeout(5_000);
    expect(await other.locator(CARD).count()).toBe(0);
    const rules = await session.readTable<{ rule: string; action: string }>('nudges');
    expect(rules.map((r) => `${r.rule} ${r.action}`)).toEqual(['pause-stretch shown', 'pause-stretch snoozed']);
    await page.close();
    await other.close();
  });

  it('follows a light feed, and "Take two minutes" shows a calm timer inside the card', async () => {
    const page = await openFeed(HOME, true);
    await expect.poll(() => cardText(page), { timeout: 15_000 }).toMatch(/min on Mastodon\./);
    expect(await cardText(page)).not.toContain('turn it off'); // explained once already
    expect(await page.evaluate((tag) => document.querySelector(tag)!.shadowRoot!.querySelector('section')!.className, CARD)).toBe('card');
    await page.locator(CARD).screenshot({ path: join(SHOTS, 'light.png') });
    expect(await findSeriousViolations(page, CARD)).toEqual([]);
    await press(page, 'take-two');
    await expect.poll(() => cardText(page)).toMatch(/[12]:\d\d left/);
    await page.locator(CARD).screenshot({ path: join(SHOTS, 'take-two-light.png') });
    await press(page, 'back');
    expect(await page.locator(CARD).count()).toBe(0);
    await page.close();
  });

  it('"Done for now" closes the tab after 3 seconds, and Undo keeps it', async () => {
    const kept = await openFeed();
    await expect.poll(() => cardText(kept), { timeout: 15_000 }).toContain('Done for now');
    await press(kept, 'done');
    expect(await cardText(kept)).toMatch(/Closing this tab in \d s\./);
    await press(kept, 'undo');
    await kept.waitForTimeout(4_000);
    expect(kept.isClosed()).toBe(false);
    expect(await cardText(kept)).toContain('Keep scrolling');
    await press(kept, 'done');
    await expect.poll(() => kept.isClosed(), { timeout: 8_000 }).toBe(true);
  });

  it('appears after a run of provoking posts, saying how many and of what kind', async () => {
    await session.setExtensionStorage({ pauseCards: { isStretchOn: false, isProvocationOn: true, thresholdMinutes: 20 } });
    const page = await openFeed('https://mastodon.social/tags/scam');
    await expect.poll(() => cardText(page), { timeout: 15_000 }).toMatch(/\b([6-9]|10) of the last 10 posts were built to provoke: scam \1\./);
    await page.locator(CARD).screenshot({ path: join(SHOTS, 'provocation-dark.png') });
    await press(page, 'pause-today');
    await page.close();
    // "No more cards today" holds in a new tab, even with a long stretch and the stretch card on.
    await session.setExtensionStorage({ pauseCards: { isStretchOn: true, isProvocationOn: true, thresholdMinutes: 1 } });
    const again = await openFeed();
    await again.waitForTimeout(5_000);
    expect(await again.locator(CARD).count()).toBe(0);
    await again.close();
  });

  // The saved real pages of X (in a mimic of its virtualised list), Reddit and YouTube: e2e/pause-card-real-pages.e2e.ts.

  it('is counted on the weekly page with the nudges', async () => {
    const report = await session.openExtensionPage('report.html');
    await expect.poll(() => report.textContent('body'), { timeout: 10_000 }).toContain('Pause card: a long stretch');
    expect(await report.textContent('body')).toContain('Pause card: provoking posts');
    await report.close();
  });

  it('shows nothing on a site where cards are off, nor in quiet hours', async () => {
    const now = new Date();
    const minute = now.getHours() * 60 + now.getMinutes();
    const quietNow = { fromMinute: (minute + 1380) % 1440, toMinute: (minute + 60) % 1440 };
    for (const place of [{ offSites: ['mastodon'] }, { quietHours: quietNow }]) {
      await session.setExtensionStorage({ pauseCards: { isStretchOn: true, isProvocationOn: true, thresholdMinutes: 1, ...place } });
      const page = await openFeed('https://mastodon.social/tags/scam');
      await page.waitForFunction(() => document.querySelectorAll('article[data-realign]').length >= 10);
      await page.waitForTimeout(5_000);
      expect(await page.locator(CARD).count()).toBe(0);
      await page.close();
    }
  });

  it('asks "What are you here for?" above the feed once a stretch when turned on, keeps the answer, and never otherwise', async () => {
    await session.setExtensionStorage({ pauseCards: { isStretchOn: false, isProvocationOn: false, thresholdMinutes: 20 }, intentionCheck: true });
    const page = await openFeed();
    const prompt = page.locator('realign-intention');
    await prompt.waitFor({ timeout: 15_000 });
    // Above the feed: right before the first post, which stays where it can be read and clicked.
    expect(await page.evaluate(() => document.querySelector('realign-intention')!.nextElementSibling?.hasAttribute('data-realign'))).toBe(true);
    const text = () => page.evaluate(() => document.querySelector('realign-intention')?.shadowRoot?.textContent ?? '');
    expect(await text()).toContain('What are you here for?');
    expect((await findSeriousViolations(page, 'realign-intention')).map((v) => v.id)).toEqual([]);
    await page.evaluate(() => (document.querySelector('realign-intention')!.shadowRoot!.querySelector('button[data-answer="catch-up"]') as HTMLButtonElement).click());
    await expect.poll(() => prompt.count()).toBe(0);
    await expect.poll(async () => (await session.readTable<{ host: string; answer: string }>('intentions')).map((r) => `${r.host} ${r.answer}`)).toEqual(['mastodon.social catch-up']);
    // The same stretch, a second tab: not asked again.
    const again = await openFeed();
    await again.waitForFunction(() => document.querySelectorAll('article[data-realign]').length >= 5);
    await again.waitForTimeout(2_000);
    expect(await again.locator('realign-intention').count()).toBe(0);
    await again.close();
    await page.close();
    // The weekly page puts the answer beside the time of its stretch.
    const report = await session.openExtensionPage('report.html');
    const row = report.locator('[data-intention="catch-up"]');
    await row.waitFor({ timeout: 10_000 });
    expect(await report.locator('#intentions-heading').textContent()).toBe('What you came for, and the time it took');
    expect(await row.textContent()).toMatch(/^Catch up1/);
    await report.close();
    await session.setExtensionStorage({ intentionCheck: false });
  });

  it('shows nothing when both triggers are off', async () => {
    await session.setExtensionStorage({ pauseCards: { isStretchOn: false, isProvocationOn: false, thresholdMinutes: 1 } });
    const page = await openFeed('https://mastodon.social/tags/scam');
    await page.waitForFunction(() => document.querySelectorAll('article[data-realign]').length >= 10);
    await page.waitForTimeout(5_000);
    expect(await page.locator(CARD).count()).toBe(0);
    await page.close();
  });
});
