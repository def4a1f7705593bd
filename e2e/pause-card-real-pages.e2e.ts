/**
 * The pause card on the saved real pages of X, Reddit and YouTube, served at their real addresses:
 * it appears after a stretch (seeded as history) and after a run of provoking posts (the saved
 * posts' texts swapped for provoking ones before the extension reads them, then scrolled past),
 * and it never covers a post, never stops the page from scrolling, never takes a click meant for
 * a post. On X, whose timeline is a virtualised list, a small mimic of X's virtualiser runs in the
 * page (the saved page keeps none of X's scripts), so the card must make room for itself the way
 * it would have to on the live site.
 *
 *   serve(real URL, saved page) ─▶ [mimic] ─▶ seed stretch | swap texts + scroll ─▶ card ─▶ boxes, wheel, click
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { dayKeyOf } from '../activity/local-day';
import { findSeriousViolations } from '../harness/axe';
import { launchExtension, REPO_ROOT, type ExtensionSession } from '../harness/browser';
import { DEMO_FEED, sharedFixture } from '../harness/fixtures';

const CARD = 'realign-pause-card';
const MIN = 60_000;
/** Gitignored: looked at by a person, never compared by a test. */
const SHOTS = join(REPO_ROOT, 'screenshots', 'pause-card');

interface SavedFeed {
  name: string;
  file: string | null;
  url: string;
  /** The host time is counted against (activity/site-of-url.ts). */
  host: string;
  siteName: string;
  /** Outermost posts, as the adapter finds them: the boxes the card must not cover. */
  posts: string;
  /** Where each post's own text is, to swap for a provoking one. */
  texts: string;
  /** A link inside a post, to click. */
  link: string;
  isVirtualised: boolean;
  /** The layout the saved page lost with its stylesheets, as the site's CSS draws it (test-only). */
  layoutCss?: string;
}

const FEEDS: SavedFeed[] = [
  {
    name: 'X home timeline',
    file: sharedFixture('x/home-timeline-2025-11.html'),
    url: 'https://x.com/home',
    host: 'x.com',
    siteName: 'X',
    posts: 'article[data-testid="tweet"]:not(article article)',
    texts: 'article[data-testid="tweet"] [data-testid="tweetText"]',
    link: 'a[href*="/status/"]',
    isVirtualised: true,
  },
  {
    name: 'old Reddit comment thread',
    file: sharedFixture('reddit/old-reddit-comments-2025-01.html'),
    url: 'https://old.reddit.com/r/cats/comments/1hfdkuc/discussion_thread_7_chat_discuss_anything_about/',
    host: 'old.reddit.com',
    siteName: 'old Reddit',
    posts: '.thing.link, .thing.comment > .entry',
    texts: '.thing.comment > .entry .usertext-body .md',
    link: 'a.author',
    isVirtualised: false,
  },
  {
    name: 'YouTube home grid',
    file: sharedFixture('youtube/home-lockups-shorts-ads-2025-07.html'),
    url: 'https://www.youtube.com/',
    host: 'youtube.com',
    siteName: 'YouTube',
    posts: 'ytd-rich-item-renderer, ytm-shorts-lockup-view-model, ytm-shorts-lockup-view-model-v2, ytd-ad-slot-renderer',
    texts: 'ytd-rich-item-renderer #video-title, ytd-rich-item-renderer .shortsLockupViewModelHostMetadataTitle',
    link: 'a[href^="/watch"], a[href^="/shorts/"], a[href*="youtube.com/watch"]',
    isVirtualised: false,
    // YouTube's home grid: a wrapping flex row of tiles (items-per-row="2" on this page), each
    // shelf a row of its own. Without it the saved page stacks its tiles, thousands of pixels tall.
    layoutCss:
      '#contents.ytd-rich-grid-renderer { display: flex; flex-wrap: wrap; } ' +
      'ytd-rich-item-renderer.ytd-rich-grid-renderer { width: calc(50% - 16px); margin: 0 8px 24px; } ' +
      'ytd-rich-section-renderer.ytd-rich-grid-renderer { width: 100%; } ' +
      'ytd-rich-grid-renderer img { max-width: 100%; height: auto; }',
  },
];

/**
 * The demo feed's scam post: the text the demo's own run test relies on. (Its outrage post is
 * labelled on the demo feed but not in a tweet: the scam text is labelled wherever it stands.)
 */
function provokingTexts(): string[] {
  return [/Your account has been suspended[^<]*/.exec(readFileSync(DEMO_FEED, 'utf8'))![0].replaceAll('&#39;', "'")];
}

/**
 * A mimic of X's timeline virtualiser, as much of it as the card depends on. It assumes what the
 * saved page and jonasgeiler/svelte-tiny-virtual-list#25 show of X: every cell is a
 * [data-testid="cellInnerDiv"] child of one relative box whose min-height is the list's height;
 * each cell is absolute, placed by translateY at the sum of the measured heights of the cells
 * before it; a ResizeObserver on the cells re-measures them and moves every later cell when one
 * grows or shrinks. It does not recycle far-off cells, load more or anchor the scroll position as
 * X does: a card inside a cell gets room if and only if it makes its cell taller.
 */
function mimicXVirtualiser(): void {
  const start = () => {
    const cells = Array.from(document.querySelectorAll<HTMLElement>('[data-testid="cellInnerDiv"]'));
    const list = cells[0]?.parentElement;
    if (!list) return;
    const layOut = () => {
      let y = 0;
      for (const cell of cells) {
        cell.style.transform = `translateY(${y}px)`;
        y += cell.getBoundingClientRect().height;
      }
      list.style.minHeight = `${y}px`;
    };
    layOut();
    const observer = new ResizeObserver(layOut);
    for (const cell of cells) observer.observe(cell);
    (window as unknown as { realignMimic: boolean }).realignMimic = true;
  };
  document.addEventListener('DOMContentLoaded', start);
}

/** Swaps every post's text for a provoking one, before the extension's content script (document_idle) reads them. */
function swapTexts([selector, texts]: readonly [string, string[]]): void {
  document.addEventListener('DOMContentLoaded', () => {
    document.querySelectorAll(selector).forEach((el, i) => {
      el.textContent = texts[i % texts.length]!;
    });
  });
}

const cardText = (page: Page) => page.evaluate((tag) => document.querySelector(tag)?.shadowRoot?.textContent ?? '', CARD);

/**
 * Scrolls most of a screen at a time, a little over a second a stop ("seen" is half a post, or half
 * the screen, in view for a second), until the card is there: up to 60 stops, as old Reddit's
 * thread and YouTube's grid are long.
 */
async function scrollUntilCard(page: Page, stops = 60): Promise<void> {
  await page.mouse.move(500, 700);
  for (let i = 0; i < stops; i++) {
    if ((await page.locator(CARD).count()) > 0) return;
    await page.waitForTimeout(1_300);
    await page.mouse.wheel(0, 900);
  }
}

/**
 * Every post that shares a line of the page with the card (0.5 px of rounding allowed): the card
 * must cover none and stand beside none (in a grid, it takes a row of its own).
 */
function overlaps(page: Page, posts: string) {
  return page.evaluate(
    ([tag, selector]) => {
      const card = document.querySelector(tag)!.getBoundingClientRect();
      return Array.from(document.querySelectorAll(selector))
        .map((post) => post.getBoundingClientRect())
        .filter((box) => box.height > 0 && box.width > 0 && box.bottom > card.top + 0.5 && box.top < card.bottom - 0.5)
        .map((box) => `post at ${Math.round(box.top)}..${Math.round(box.bottom)} vs card ${Math.round(card.top)}..${Math.round(card.bottom)}`);
    },
    [CARD, posts] as const,
  );
}

/**
 * What a person does around the card: the wheel over the card scrolls the page; a real click on a
 * link of the post after the card reaches that link (the navigation is stopped in the page, as the
 * address is not served).
 */
async function checkScrollAndClick(page: Page, feed: SavedFeed): Promise<void> {
  const card = page.locator(CARD);
  await card.scrollIntoViewIfNeeded();
  const box = (await card.boundingBox())!;
  // Down, or up where the card sits at the very end of the page.
  const [before, isAtEnd] = await page.evaluate(() => [scrollY, scrollY + innerHeight >= document.documentElement.scrollHeight - 1] as const);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.wheel(0, isAtEnd ? -300 : 300);
  await expect.poll(async () => Math.abs((await page.evaluate(() => scrollY)) - before)).toBeGreaterThan(100);

  // The first post below the card (or, when the card closes the page, the last one above it), and a link in it.
  const target = await page.evaluate(
    ([tag, posts, link]) => {
      const card = document.querySelector(tag)!.getBoundingClientRect();
      const all = Array.from(document.querySelectorAll(posts));
      const linkIn = (post: Element) => Array.from(post.querySelectorAll<HTMLAnchorElement>(link)).find((a) => a.getBoundingClientRect().height > 0);
      const below = all.filter((post) => post.getBoundingClientRect().top >= card.bottom - 0.5);
      const above = all.filter((post) => post.getBoundingClientRect().bottom <= card.top + 0.5).reverse();
      const anchor = [...below, ...above].map(linkIn).find((a) => a !== undefined);
      if (!anchor) return null;
      anchor.setAttribute('data-test-target', '');
      document.addEventListener('click', (event) => {
        (window as unknown as { clicked: string }).clicked = (event.target as Element).closest('[data-test-target]') ? 'target' : 'other';
        event.preventDefault();
      }, { capture: true, once: true });
      return true;
    },
    [CARD, feed.posts, feed.link] as const,
  );
  expect(target).toBe(true);
  const link = page.locator('[data-test-target]');
  await link.scrollIntoViewIfNeeded();
  const at = (await link.boundingBox())!;
  await page.mouse.click(at.x + Math.min(at.width / 2, 20), at.y + at.height / 2);
  expect(await page.evaluate(() => (window as unknown as { clicked?: string }).clicked)).toBe('target');
}

/**
 * The other theme of each saved page, for the screenshots: X's light theme ("Default": white, text
 * #0f1419) over the saved "Lights out" page, and old Reddit as a night-mode extension draws it
 * (old Reddit has no dark theme of its own). The card must follow either (feed/page-tone.ts).
 */
const OTHER_THEME: Record<string, { tone: 'light' | 'dark'; css: string }> = {
  'x.com': {
    tone: 'light',
    css: 'html, body, main, header, [data-testid="primaryColumn"], [data-testid="primaryColumn"] div { background-color: #fff !important; border-color: #eff3f4 !important } [data-testid="primaryColumn"] :is(span, div, a, time) { color: #0f1419 !important }',
  },
  'old.reddit.com': {
    tone: 'dark',
    css: 'html, body, .content, .sitetable, .thing, .entry, .md, .side, #header { background: #1a1a1b !important; color: #d7dadc !important } a { color: #8cb3d9 !important } .tagline, .flat-list a { color: #9a9c9e !important }',
  },
};

function addStyle(css: string): void {
  document.addEventListener('DOMContentLoaded', () => document.head.append(Object.assign(document.createElement('style'), { textContent: css })));
}

/** The card with a post's worth of feed above and below it. */
async function shootCard(page: Page, path: string): Promise<void> {
  await page.locator(CARD).scrollIntoViewIfNeeded();
  await page.evaluate((tag) => window.scrollBy(0, document.querySelector(tag)!.getBoundingClientRect().top - 300), CARD);
  const box = (await page.locator(CARD).boundingBox())!;
  const viewport = page.viewportSize()!;
  const x = Math.max(0, box.x - 60);
  const y = Math.max(0, box.y - 200);
  await page.screenshot({ path, clip: { x, y, width: Math.min(viewport.width - x, box.width + 120), height: Math.min(viewport.height - y, box.height + 400) } });
}

const available = FEEDS.filter((feed) => feed.file !== null);

describe.skipIf(available.length === 0)('the pause card on saved real pages of X, Reddit and YouTube', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    // REALIGN_BUILD: a copy of .output/chrome-mv3, so that a build running beside this test cannot pull it away.
    session = await launchExtension({ viewport: { width: 1000, height: 1400 }, extensionDir: process.env.REALIGN_BUILD });
    for (const feed of available) await session.serve(feed.url, { file: feed.file! });
  });
  afterAll(async () => {
    await session?.close();
  });
  beforeEach(async () => {
    const explained = { day: dayKeyOf(Date.now()), shownToday: 0, pausedDay: null, quietUntil: 0, lastShownByTab: {}, hasExplained: true };
    await session.setExtensionStorage({ pauseCardState: explained, pauseCards: { isStretchOn: true, isProvocationOn: true, thresholdMinutes: 20 } });
  });

  async function open(feed: SavedFeed, texts?: string[]): Promise<Page> {
    const page = await session.context.newPage();
    if (feed.isVirtualised) await page.addInitScript(mimicXVirtualiser);
    if (feed.layoutCss) await page.addInitScript(addStyle, feed.layoutCss);
    if (texts) await page.addInitScript(swapTexts, [feed.texts, texts] as const);
    await page.goto(feed.url);
    if (feed.isVirtualised) await page.waitForFunction(() => (window as unknown as { realignMimic?: boolean }).realignMimic === true);
    return page;
  }

  // 33 s of a 9-minute npm test, and the tone it checks is held by pause-card.e2e.ts: made on asking
  // (npm run pause-card-screenshots), like the store screenshots.
  it.skipIf(!process.env.REALIGN_PAUSE_SHOTS || !FEEDS[0]!.file || !FEEDS[1]!.file)('screenshots of the card light and dark on X and Reddit (screenshots/pause-card/), each in the tone of its page', async () => {
    mkdirSync(SHOTS, { recursive: true });
    for (const feed of FEEDS.slice(0, 2)) {
      const savedTone = feed.host === 'x.com' ? 'dark' : 'light';
      for (const theme of [null, OTHER_THEME[feed.host]!]) {
        await session.setExtensionStorage({
          pauseCardState: { day: dayKeyOf(Date.now()), shownToday: 0, pausedDay: null, quietUntil: 0, lastShownByTab: {}, hasExplained: true },
        });
        const end = Date.now() - MIN;
        await session.writeRows('segments', [{ id: `${end - 25 * MIN}:${feed.host}`, start: end - 25 * MIN, end, host: feed.host, activity: 'consume' }]);
        const page = await session.context.newPage();
        if (feed.isVirtualised) await page.addInitScript(mimicXVirtualiser);
        if (theme) await page.addInitScript(addStyle, theme.css);
        await page.goto(feed.url);
        await scrollUntilCard(page);
        await expect.poll(() => cardText(page), { timeout: 20_000 }).toMatch(/min on/);
        const tone = theme?.tone ?? savedTone;
        const className = await page.evaluate((tag) => document.querySelector(tag)!.shadowRoot!.querySelector('section')!.className, CARD);
        expect(className).toBe(tone === 'dark' ? 'card card--dark' : 'card');
        await page.waitForTimeout(300);
        expect(await overlaps(page, feed.posts)).toEqual([]);
        await shootCard(page, join(SHOTS, `${feed.host === 'x.com' ? 'x' : 'reddit'}-${tone}.png`));
        await page.close();
      }
    }
  }, 300_000);

  for (const feed of available) {
    mkdirSync(SHOTS, { recursive: true });
    it(`${feed.name}: after a long stretch, between posts, covering none; the page still scrolls and a post's link still takes the click`, async () => {
      const end = Date.now() - MIN;
      await session.writeRows('segments', [{ id: `${end - 30 * MIN}:${feed.host}`, start: end - 30 * MIN, end, host: feed.host, activity: 'consume' }]);
      const page = await open(feed);
      await scrollUntilCard(page); // on Reddit and YouTube the first post is below the fold
      await expect.poll(() => cardText(page), { timeout: 20_000 }).toMatch(new RegExp(`\\d+ min on ${feed.siteName}\\.`));
      await page.waitForTimeout(300); // the virtualiser's ResizeObserver has had its frame
      expect(await overlaps(page, feed.posts)).toEqual([]);
      await shootCard(page, join(SHOTS, `stretch-${feed.host}.png`));
      expect(await findSeriousViolations(page, CARD)).toEqual([]);
      await checkScrollAndClick(page, feed);
      // The card's own buttons are the card's: a click there does not reach the post around it.
      await page.locator(CARD).scrollIntoViewIfNeeded();
      await page.evaluate(() => document.addEventListener('click', () => ((window as unknown as { clicked: string }).clicked = 'page'), { once: true }));
      await page.evaluate(() => ((window as unknown as { clicked: string }).clicked = 'none'));
      const keep = page.locator(`${CARD} button[data-action="keep-scrolling"]`);
      await keep.click();
      expect(await page.evaluate(() => (window as unknown as { clicked: string }).clicked)).toBe('none');
      expect(await page.locator(CARD).count()).toBe(0);
      await page.close();
    }, 150_000);

    it(`${feed.name}: after a run of provoking posts scrolled past, covering none`, async () => {
      await session.setExtensionStorage({ pauseCards: { isStretchOn: false, isProvocationOn: true, thresholdMinutes: 20 } });
      const page = await open(feed, provokingTexts());
      await scrollUntilCard(page);
      await expect.poll(() => cardText(page), { timeout: 15_000 }).toMatch(/\b([6-9]|10) of the last 10 posts were built to provoke: scam \1\./);
      await page.waitForTimeout(300);
      expect(await overlaps(page, feed.posts)).toEqual([]);
      await checkScrollAndClick(page, feed);
      await page.close();
    }, 150_000);
  }
});
