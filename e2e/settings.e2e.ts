/**
 * The settings page in Chromium, against the demo feed in an open tab:
 *
 *   label mode (select) ─▶ the open feed hides the post, no reload
 *   sensitivity dials (keyboard) ─▶ labels appear at "most", go at "fewest", come back as they were
 *   corrupt stored value ─▶ the page notes it, shows the default, and a new value clears the note
 *   axe-core on the settings and model-card pages ─▶ screenshots: light, dark, model card
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findSeriousViolations } from '../harness/axe';
import { launchExtension, REPO_ROOT, type ExtensionSession } from '../harness/browser';
import { DEMO_FEED } from '../harness/fixtures';
import { CATEGORIES } from '../model/categories';

const FEED_URL = 'https://mastodon.social/home';
const POST = 'article[data-id]';
const SHOTS = join(REPO_ROOT, 'screenshots', 'settings');

/** Each post's data-realign, once the watcher has marked all twelve. */
async function marks(feed: Page): Promise<string[]> {
  await feed.waitForFunction((sel) => document.querySelectorAll(`${sel}[data-realign]`).length >= 12, POST, { timeout: 10_000 });
  return feed.$$eval(POST, (els) => els.map((el) => el.getAttribute('data-realign') ?? ''));
}

const labelSet = (mark: string) => (mark === 'clean' || mark === '' ? [] : mark.split(','));
const countLabels = (marks: string[]) => marks.reduce((sum, mark) => sum + labelSet(mark).length, 0);

describe('the settings page', () => {
  let session: ExtensionSession;
  let feed: Page;
  let options: Page;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    session = await launchExtension({ viewport: { width: 1100, height: 900 } });
    await session.serve(FEED_URL, { file: DEMO_FEED });
    feed = await session.context.newPage();
    await feed.goto(FEED_URL);
    await marks(feed);
    options = await session.openExtensionPage('options.html');
    await options.getByRole('heading', { name: 'Goals' }).waitFor();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('hides a category in the open feed as soon as its mode changes, and shows it again', async () => {
    const labels = await marks(feed);
    const index = labels.findIndex((label) => label.split(',').includes('scam'));
    expect(index).toBeGreaterThanOrEqual(0);
    const text = feed.locator(POST).nth(index).locator('.status__content');
    expect(await text.isVisible()).toBe(true);

    // The welcome page's control: a row of pills per category, named "Show" and the category.
    const scam = options.getByRole('group', { name: 'Show Scam' });
    await scam.getByRole('radio', { name: 'Hide' }).check();
    await expect.poll(() => text.isVisible()).toBe(false);
    await scam.getByRole('radio', { name: 'Label' }).check();
    await expect.poll(() => text.isVisible()).toBe(true);
  });

  it('moves labels with the sensitivity dials: more labels at "most", fewer at "fewest", as before in the middle', async () => {
    const before = await marks(feed);
    const current = () => feed.$$eval(POST, (els) => els.map((el) => el.getAttribute('data-realign') ?? ''));
    /** Moves every category's dial with the keyboard, as a person would: Home, End or arrows. */
    const turnAll = async (key: string) => {
      for (const category of CATEGORIES) {
        await options.locator(`#sensitivity-${category}`).focus();
        await options.keyboard.press(key);
      }
    };

    // A lower threshold can only add labels (a label needs its score over the threshold and a reason,
    // and reasons do not depend on the threshold), so every post keeps what it had and some gain.
    // Each dial is applied on its own, so the feed passes through mixed states: wait for the last.
    const isWithin = (inner: string[], outer: string[]) =>
      inner.every((mark, i) => labelSet(mark).every((category) => labelSet(outer[i]!).includes(category)));
    await turnAll('End');
    expect(await options.locator('#sensitivity-ai').getAttribute('aria-valuetext')).toMatch(/^Most labels/);
    await expect.poll(async () => {
      const marks = await current();
      return isWithin(before, marks) && countLabels(marks) > countLabels(before);
    }).toBe(true);
    const most = await current();
    const gained = most.findIndex((label, i) => label !== before[i] && before[i] === 'clean');
    if (gained >= 0) await expect.poll(() => feed.locator(POST).nth(gained).locator('realign-badge').count()).toBe(1);

    // Higher thresholds can only take labels away.
    await turnAll('Home');
    await expect.poll(async () => isWithin(await current(), before)).toBe(true);

    // Back to "as measured": the feed is exactly as it was.
    for (const category of CATEGORIES) {
      await options.locator(`#sensitivity-${category}`).focus();
      await options.keyboard.press('ArrowRight');
      await options.keyboard.press('ArrowRight');
    }
    await expect.poll(current).toEqual(before);
  });

  it('notes a corrupt stored value, shows the default, and a new value clears the note', async () => {
    await session.setExtensionStorage({ goals: 'lots of time' });
    const note = options.locator('#goals [data-testid="corrupt-note"]');
    await expect.poll(() => note.isVisible()).toBe(true);
    expect(await note.textContent()).toContain('Goals');
    const screen = options.getByRole('spinbutton', { name: 'Screen time a day' });
    expect(await screen.inputValue()).toBe('180');
    await options.screenshot({ path: join(SHOTS, 'settings-corrupt-note.png') });

    // Out of range: said inline, nothing stored.
    await screen.fill('5');
    await screen.press('Enter');
    // The bounds in the browser's number format: 1,440 in English.
    await expect.poll(() => options.locator('#goal-screenMinutes-message').textContent()).toMatch(/from 15 to 1\D?440\b/);
    expect(await screen.getAttribute('aria-invalid')).toBe('true');
    await screen.fill('150');
    await screen.press('Enter');
    await expect.poll(() => note.isVisible()).toBe(false);
    const stored = await session.serviceWorker.evaluate(() =>
      (globalThis as unknown as { chrome: { storage: { local: { get(key: string): Promise<object> } } } }).chrome.storage.local.get('goals'),
    );
    expect(stored).toMatchObject({ goals: { screenMinutes: 150 } });
  });

  it('turns pause cards off for one site and sets quiet hours, refusing the same time twice', async () => {
    const readPause = () =>
      session.serviceWorker.evaluate(() =>
        (globalThis as unknown as { chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } } }).chrome.storage.local
          .get('pauseCards')
          .then((items) => items.pauseCards as { offSites?: string[]; quietHours?: unknown } | undefined),
      );
    // click, not check: the box shows the stored value, which comes back a moment after the click
    // (and a re-read from the previous change can land in between), so check()'s at-once test is flaky.
    const sites = options.getByRole('group', { name: 'Cards on these sites' });
    await sites.getByRole('checkbox', { name: 'Reddit', exact: true }).click();
    await expect.poll(async () => (await readPause())?.offSites).toEqual(['reddit']);

    await options.getByRole('checkbox', { name: 'Quiet hours: no cards between two times' }).click();
    await expect.poll(async () => (await readPause())?.quietHours).toEqual({ fromMinute: 22 * 60, toMinute: 7 * 60 });
    const to = options.locator('#pause-quiet-to');
    expect(await to.inputValue()).toBe('07:00');
    await to.fill('22:00');
    await expect.poll(() => options.locator('#pause-quiet-message').textContent()).toBe('Choose two different times. Nothing was changed.');
    expect(await to.getAttribute('aria-invalid')).toBe('true');
    expect((await readPause())?.quietHours).toEqual({ fromMinute: 22 * 60, toMinute: 7 * 60 });
    await to.fill('06:30');
    await expect.poll(async () => (await readPause())?.quietHours).toEqual({ fromMinute: 22 * 60, toMinute: 6 * 60 + 30 });
    expect(await options.locator('#pause-quiet-message').textContent()).not.toContain('different times');

    // Back as installed, for the tests after this one.
    await sites.getByRole('checkbox', { name: 'Reddit', exact: true }).click();
    await options.getByRole('checkbox', { name: 'Quiet hours: no cards between two times' }).click();
    await expect.poll(async () => (await readPause())?.quietHours).toBeNull();
    expect((await readPause())?.offSites).toEqual([]);
  });

  it('refuses an out-of-range history length inline, keeps the stored one, and says what a shorter one deletes', async () => {
    const readRetention = () =>
      session.serviceWorker.evaluate(() =>
        (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome.storage.local.get('retentionDays'),
      );
    const days = options.getByRole('spinbutton', { name: /Keep detailed history for/ });
    const said = options.locator('#retention-days-message');
    expect(await days.inputValue()).toBe('180');

    // Below the week the summary needs, and empty: said beside the box, nothing stored.
    for (const bad of ['3', '']) {
      await days.fill(bad);
      await days.press('Enter');
      await expect.poll(() => said.textContent()).toMatch(/from 7 to 3\D?650\. Still using 180\./);
      expect(await days.getAttribute('aria-invalid')).toBe('true');
      expect(await readRetention()).toEqual({});
    }

    await days.fill('30');
    await days.press('Enter');
    await expect.poll(() => said.textContent()).toContain('older than 30 days is deleted at the daily clean-up');
    expect(await days.getAttribute('aria-invalid')).toBeNull();
    expect(await readRetention()).toEqual({ retentionDays: 30 });

    await days.fill('180');
    await days.press('Enter');
    await expect.poll(() => said.textContent()).toBe('Saved.');
    expect(await readRetention()).toEqual({ retentionDays: 180 });

    const idle = options.getByRole('spinbutton', { name: /Count me as away after/ });
    await idle.fill('5');
    await idle.press('Enter');
    await expect.poll(() => options.locator('#idle-seconds-message').textContent()).toMatch(/from 15 to 3\D?600\. Still using 60\./);
  });

  it('asks in the page before a shorter history deletes detail, says how much, and stores nothing until confirmed', async () => {
    const DAY = 86_400_000;
    const now = Date.now();
    // Detail from 100 days ago to yesterday: "18" for "180" would delete 82 days of it.
    await session.writeRows('segments', [100, 60, 30, 1].map((daysAgo) => {
      const start = now - daysAgo * DAY;
      return { id: `${start}:x.com`, start, end: start + 600_000, host: 'x.com', activity: 'consume' };
    }));
    const readRetention = () =>
      session.serviceWorker.evaluate(() =>
        (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome.storage.local.get('retentionDays'),
      );
    const days = options.getByRole('spinbutton', { name: /Keep detailed history for/ });
    const ask = options.getByRole('group', { name: 'Keep detailed history for 18 days instead of 180?' });
    await days.fill('18');
    await days.press('Enter');
    await ask.waitFor();
    expect(await ask.textContent()).toMatch(/This deletes the detail of 8[23] days, from .+ to .+: 0 posts you saw/);
    expect(await readRetention()).toEqual({ retentionDays: 180 });
    await options.locator('#retention-days').scrollIntoViewIfNeeded();
    await options.screenshot({ path: join(SHOTS, 'settings-retention-confirm.png') });

    // Cancel (Escape does the same): the box goes back to 180 and nothing is stored.
    await ask.getByRole('button', { name: 'Cancel' }).click();
    expect(await ask.count()).toBe(0);
    expect(await days.inputValue()).toBe('180');
    expect(await options.locator('#retention-days-message').textContent()).toBe('Nothing changed: detailed history is still kept for 180 days.');
    expect(await readRetention()).toEqual({ retentionDays: 180 });

    // A longer history asks nothing; confirming a shorter one stores it.
    await days.fill('90');
    await days.press('Enter');
    await options.getByRole('group', { name: 'Keep detailed history for 90 days instead of 180?' }).waitFor(); // the day 100 days ago
    await options.getByRole('button', { name: 'Delete and keep 90 days' }).click();
    await expect.poll(readRetention).toEqual({ retentionDays: 90 });
    await days.fill('180');
    await days.press('Enter');
    await expect.poll(readRetention).toEqual({ retentionDays: 180 });
    expect(await options.getByRole('group', { name: /^Keep detailed history for/ }).count()).toBe(0);
  });

  it('sets and removes a daily limit for a site, and refuses one that is not a site', async () => {
    const said = options.locator('#site-limit-message');
    await options.locator('#site-limit-host').fill('not a site');
    await options.getByRole('button', { name: 'Set limit' }).click();
    await expect.poll(() => said.textContent()).toBe('That is not a site address, such as x.com.');
    expect(await options.locator('#site-limit-host').getAttribute('aria-invalid')).toBe('true');
    // A valid site with a wrong number: only the number's error is left, the site's is gone.
    await options.locator('#site-limit-host').fill('https://www.x.com/home');
    await options.locator('#site-limit-minutes').fill('1e3');
    await options.getByRole('button', { name: 'Set limit' }).click();
    await expect.poll(() => said.textContent()).toMatch(/^A limit is a whole number of minutes from \d+ to [\d,]+\.$/);
    expect(await options.locator('#site-limit-host').getAttribute('aria-invalid')).toBeNull();
    expect(await options.locator('#site-limit-minutes').getAttribute('aria-invalid')).toBe('true');
    // Editing the box clears its error.
    await options.locator('#site-limit-minutes').fill('30');
    expect(await said.textContent()).toBe('');
    await options.getByRole('button', { name: 'Set limit' }).click();
    const limits = options.getByRole('list', { name: 'Your site limits' });
    await expect.poll(() => limits.textContent()).toContain('x.com');
    const stored = await session.serviceWorker.evaluate(() =>
      (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome.storage.local.get('siteLimits'),
    );
    expect(stored).toEqual({ siteLimits: { 'x.com': 30 } });
    await options.getByRole('button', { name: 'Remove the limit for x.com' }).click();
    await expect.poll(() => limits.count()).toBe(0);
  });

  it('checks a Mastodon instance address before asking the browser, and offers access again where it is missing', async () => {
    const host = options.getByRole('textbox', { name: 'Instance' });
    await host.fill('not an instance');
    await host.press('Enter');
    const said = options.locator('#mastodon-host-message');
    await expect.poll(() => said.textContent()).toContain('does not look like an instance address');
    expect(await host.getAttribute('aria-invalid')).toBe('true');
    await host.fill('https://mastodon.social/home');
    expect(await said.textContent()).toBe('');
    await host.press('Enter');
    await expect.poll(() => said.textContent()).toContain('mastodon.social is always read');
    expect(await said.getAttribute('class')).not.toContain('field__message--error');
    // Listed, but the browser holds no access to it (say, taken back in its settings): the page offers to ask again.
    await session.setExtensionStorage({ mastodonInstances: ['fosstodon.org'] });
    await options.getByRole('button', { name: 'Allow access again' }).waitFor();
    await options.getByRole('button', { name: 'Remove fosstodon.org' }).click();
    await expect.poll(() => options.getByRole('button', { name: 'Allow access again' }).count()).toBe(0);
    await host.fill('');
  });

  it('shows every refusal in one style: a number box, the site limit and the Mastodon box look alike', async () => {
    const refuse = async (box: string, value: string, submit: () => Promise<void>) => {
      await options.locator(box).fill(value);
      await submit();
    };
    await refuse('#goal-breakMinutes', '1', () => options.locator('#goal-breakMinutes').press('Enter'));
    await refuse('#site-limit-host', 'not a site', () => options.getByRole('button', { name: 'Set limit' }).click());
    await refuse('#mastodon-host', 'not an instance', () => options.locator('#mastodon-host').press('Enter'));
    const looks = await options.$$eval(['#goal-breakMinutes-message', '#site-limit-message', '#mastodon-host-message'].join(','), (els) =>
      els.map((el) => {
        const style = getComputedStyle(el);
        return { role: el.getAttribute('role'), color: style.color, weight: style.fontWeight, size: style.fontSize, isEmpty: el.textContent === '' };
      }),
    );
    expect(looks).toHaveLength(3);
    expect(looks.every((look) => !look.isEmpty && look.role === 'alert')).toBe(true);
    expect(new Set(looks.map(({ color, weight, size }) => `${color} ${weight} ${size}`)).size).toBe(1);
    await options.screenshot({ path: join(SHOTS, 'settings-errors.png'), fullPage: true });
    for (const box of ['#goal-breakMinutes', '#site-limit-host', '#mastodon-host']) await options.locator(box).fill(box === '#goal-breakMinutes' ? '90' : '');
    await options.locator('#goal-breakMinutes').press('Enter');
  });

  it('shows a setting that needs a permission off while the browser is still asking for it', async () => {
    const page = await session.openExtensionPage('options.html');
    for (const name of [
      'Remind me when my weekly summary is ready',
      "Tell me when I pass my screen-time goal or a site's daily limit",
      'Count typing on any site as creating',
    ]) {
      const box = page.getByLabel(name);
      await box.click(); // the browser's permission prompt opens, and nobody answers it here
      await page.waitForTimeout(300);
      expect(await box.isChecked()).toBe(false);
    }
    const stored = await session.serviceWorker.evaluate(() =>
      (globalThis as unknown as { chrome: { storage: { local: { get(k: string[]): Promise<Record<string, unknown>> } } } }).chrome.storage.local.get([
        'weeklyReminder',
        'goalAlerts',
        'typingEverywhere',
      ]),
    );
    expect(stored.goalAlerts ?? false).toBe(false);
    expect(stored.typingEverywhere ?? false).toBe(false);
    expect((stored.weeklyReminder as { isOn?: boolean } | undefined)?.isOn ?? false).toBe(false);
    await page.close();
  });

  it('passes axe-core, light and dark, and is saved as screenshots', async () => {
    await options.reload();
    await options.getByRole('heading', { name: 'Goals' }).waitFor();
    await options.getByRole('checkbox', { name: 'Take a break' }).waitFor();
    // From the top, as a person opens it (a reload keeps the scroll position of the tests above).
    await options.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
    for (const scheme of ['light', 'dark'] as const) {
      await options.emulateMedia({ colorScheme: scheme });
      expect(await findSeriousViolations(options)).toEqual([]);
      await options.screenshot({ path: join(SHOTS, `settings-${scheme}.png`), fullPage: true });
    }
  });

  it('links to "How Realign judges posts", which passes axe-core too', async () => {
    await options.emulateMedia({ colorScheme: 'light' });
    await options.locator('.toc').getByRole('link', { name: 'How Realign judges posts' }).click();
    await options.waitForURL(/model-card\.html/);
    await options.getByRole('heading', { name: 'What you told it' }).waitFor();
    await options.getByText('Labels you marked').waitFor();
    for (const scheme of ['light', 'dark'] as const) {
      await options.emulateMedia({ colorScheme: scheme });
      expect(await findSeriousViolations(options)).toEqual([]);
      await options.screenshot({ path: join(SHOTS, `model-card-${scheme}.png`), fullPage: true });
    }
  });
});
