import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findSeriousViolations } from '../harness/axe';
import { launchExtension, REPO_ROOT, type ExtensionSession } from '../harness/browser';
import { makeHistory } from '../harness/synthetic-history';
import { formatMinutes } from '../text/format-minutes';

const SHOTS = join(REPO_ROOT, 'screenshots', 'popup');

async function openPopup(session: ExtensionSession, scheme: 'light' | 'dark'): Promise<Page> {
  const page = await session.context.newPage();
  await page.emulateMedia({ colorScheme: scheme });
  await page.setViewportSize({ width: 380, height: 560 });
  await page.goto(`chrome-extension://${session.extensionId}/popup.html`);
  await page.waitForFunction(() => performance.getEntriesByName('realign:figures-shown').length > 0);
  return page;
}

describe('the daily review popup', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    session = await launchExtension();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('welcomes an empty first day instead of showing zeros, and passes the accessibility check', async () => {
    const page = await openPopup(session, 'light');
    await expect.poll(() => page.getByRole('heading', { name: 'Welcome to Realign' }).count()).toBe(1);
    expect(await page.locator('[data-figure]').count()).toBe(0);
    await page.screenshot({ path: join(SHOTS, 'empty-day.png') });
    expect(await findSeriousViolations(page)).toEqual([]);
    await page.close();
  });

  describe('on a busy day of seeded history', () => {
    const history = makeHistory(Date.now(), 8, 150);
    const today = history.days.at(-1)!;

    beforeAll(async () => {
      await session.writeRows('days', history.days);
      await session.writeRows('postsSeen', history.posts);
      await session.writeRows('segments', history.segments);
    });

    it("shows today's stored figures", async () => {
      const page = await openPopup(session, 'light');
      const figure = (name: string) => page.locator(`[data-figure="${name}"]`).textContent();
      expect(await figure('screen-time')).toBe(formatMinutes(today.consumeMs + today.createMs + today.neutralMs));
      expect(await figure('consume')).toBe(formatMinutes(today.consumeMs));
      expect(await figure('create')).toBe(formatMinutes(today.createMs + today.manual.offlineCreateMs));
      expect(await figure('posts-seen')).toBe(String(today.posts.seen));
      const topHost = Object.entries(today.sites).sort((a, b) => b[1].ms - a[1].ms)[0]![0];
      expect(await page.getByRole('list', { name: 'Top sites today' }).locator('li').first().textContent()).toContain(topHost);
      await page.screenshot({ path: join(SHOTS, 'busy-day-light.png'), fullPage: true });
      expect(await findSeriousViolations(page)).toEqual([]);
      await page.close();
    });

    it('reads well in the dark theme too', async () => {
      const page = await openPopup(session, 'dark');
      await page.screenshot({ path: join(SHOTS, 'busy-day-dark.png'), fullPage: true });
      expect(await findSeriousViolations(page)).toEqual([]);
      await page.close();
    });

    it("suggests stopping on a site past the daily limit the person set", async () => {
      const [topHost, top] = Object.entries(today.sites).sort((a, b) => b[1].ms - a[1].ms)[0]!;
      await session.setExtensionStorage({ siteLimits: { [topHost]: 5 }, switchedOffNudges: ['manipulation-run', 'take-a-break'] });
      const page = await openPopup(session, 'light');
      const nudge = page.locator('.nudge[data-rule="site-limit"]');
      await expect.poll(() => nudge.count()).toBe(1);
      expect(await nudge.locator('.nudge__text').textContent()).toBe(
        `${formatMinutes(top.ms)} on ${topHost} today, past your 5 min limit. Enough for today?`,
      );
      await session.setExtensionStorage({ siteLimits: {}, switchedOffNudges: [] });
      await page.close();
    });

    it('lets the person act on a nudge, and records it', async () => {
      const page = await openPopup(session, 'light');
      const nudges = page.locator('.nudge');
      const count = await nudges.count();
      expect(count).toBeGreaterThan(0);
      expect(count).toBeLessThanOrEqual(2);
      const rule = await nudges.first().getAttribute('data-rule');
      await nudges.first().getByRole('button', { name: 'Later' }).click();
      await expect.poll(() => page.locator(`.nudge[data-rule="${rule}"]`).count()).toBe(0);
      const events = await session.readTable<{ rule: string; action: string }>('nudges');
      expect(events).toContainEqual(expect.objectContaining({ rule, action: 'snoozed' }));
      await page.close();
    });

    it('shows a long host name whole beside its bar at 380 px, the actions still in view at 600 px', async () => {
      // Today's busiest site is made news.ycombinator.com, the longest common host, above three others.
      const longest = Math.max(...Object.values(today.sites).map((site) => site.ms));
      const sites = { ...today.sites, 'news.ycombinator.com': { ms: longest + 60_000, activity: 'consume' as const, activityMs: { consume: longest + 60_000, create: 0, neutral: 0 } } };
      await session.writeRows('days', [{ ...today, sites }]);
      const page = await openPopup(session, 'light');
      await page.setViewportSize({ width: 380, height: 600 });
      const labels = page.getByRole('list', { name: 'Top sites today' }).locator('.bar-list__label');
      await expect.poll(() => labels.first().textContent()).toBe('news.ycombinator.com');
      const cut = await labels.evaluateAll((spans) => spans.filter((span) => span.scrollWidth > span.clientWidth + 0.5).map((span) => span.textContent));
      expect(cut).toEqual([]);
      // Each bar keeps a visible length, and the page does not scroll sideways.
      for (const width of await page.getByRole('list', { name: 'Top sites today' }).locator('.bar-list__track').evaluateAll((tracks) => tracks.map((t) => t.getBoundingClientRect().width))) {
        expect(width).toBeGreaterThanOrEqual(28);
      }
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(380);
      expect(await page.getByRole('button', { name: 'Settings' }).or(page.getByRole('link', { name: 'Settings' })).first().isVisible()).toBe(true);
      await page.screenshot({ path: join(SHOTS, 'long-host-600.png') });
      await page.close();
    });

    it('pauses labels for 15 minutes and resumes them', async () => {
      const page = await openPopup(session, 'light');
      await page.getByRole('button', { name: 'Pause labels 15 min' }).click();
      await expect.poll(() => page.getByRole('button', { name: /Resume labels/ }).count()).toBe(1);
      await page.getByRole('button', { name: /Resume labels/ }).click();
      await expect.poll(() => page.getByRole('button', { name: 'Pause labels 15 min' }).count()).toBe(1);
      await page.close();
    });
  });
});
