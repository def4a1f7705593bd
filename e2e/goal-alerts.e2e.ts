/**
 * Goal alerts in Chromium, end to end. The permission prompt cannot be answered from here, so the
 * extension is a copy whose manifest holds `notifications` as granted: what the person's "Allow"
 * gives it. Everything else is the built extension as it ships.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROME_BUILD, launchExtension, type ExtensionSession } from '../harness/browser';
import { DEMO_FEED } from '../harness/fixtures';
import { makeHistory } from '../harness/synthetic-history';

type Notifications = { getAll(): Promise<Record<string, unknown>>; clear(id: string): Promise<boolean> };
interface Area {
  get(key: string): Promise<Record<string, unknown>>;
  remove(key: string): Promise<void>;
}
type Chrome = { chrome: { notifications: Notifications; storage: { local: Area; session: Area } } };

describe('goal alerts', () => {
  let session: ExtensionSession;
  let build: string;
  const notifications = () =>
    session.serviceWorker.evaluate(async () => Object.keys(await (globalThis as unknown as Chrome).chrome.notifications.getAll()));

  const hasSnapshot = () =>
    session.serviceWorker.evaluate(async () => 'todaySnapshot' in (await (globalThis as unknown as Chrome).chrome.storage.session.get('todaySnapshot')));

  /**
   * Posts seen on the demo feed: a database write, after which the background reads the day again
   * (and saves today's snapshot, which is how this knows the goal alerts have had their turn).
   */
  async function browseTheFeed() {
    await session.serviceWorker.evaluate(() => (globalThis as unknown as Chrome).chrome.storage.session.remove('todaySnapshot'));
    const feed = await session.context.newPage();
    await feed.setViewportSize({ width: 1280, height: 800 });
    await feed.goto('https://mastodon.social/home');
    await feed.waitForSelector('article[data-realign]');
    await feed.waitForTimeout(1_500);
    await feed.close(); // leaving sends what is pending
    await expect.poll(hasSnapshot, { timeout: 10_000 }).toBe(true);
  }

  beforeAll(async () => {
    build = mkdtempSync(join(tmpdir(), 'realign-alerts-'));
    cpSync(CHROME_BUILD, build, { recursive: true });
    const manifestPath = join(build, 'manifest.json');
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { permissions: string[]; optional_permissions: string[] };
    expect(manifest.optional_permissions).toContain('notifications');
    manifest.permissions.push('notifications');
    manifest.optional_permissions = manifest.optional_permissions.filter((permission) => permission !== 'notifications');
    writeFileSync(manifestPath, JSON.stringify(manifest));

    session = await launchExtension({ extensionDir: build });
    await session.serve('https://mastodon.social/home', { file: DEMO_FEED });
    const history = makeHistory(Date.now(), 3, 20);
    await session.writeRows('days', history.days);
    await session.writeRows('segments', history.segments);
    // Today's seeded screen time is hours: a 15-minute goal is passed.
    await session.setExtensionStorage({ goals: { screenMinutes: 15 } });
  });
  afterAll(async () => {
    await session?.close();
    rmSync(build, { recursive: true, force: true });
  });

  it('shows nothing while goal alerts are off, as they are until the person turns them on', async () => {
    await browseTheFeed();
    // An absence can only be waited for: the alerts would run just after the snapshot's save.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(await notifications()).toEqual([]);
  });

  it('shows a passed goal once, and not again the same day while another goal still can be', async () => {
    await session.setExtensionStorage({ goalAlerts: true });
    await browseTheFeed();
    await expect.poll(notifications, { timeout: 10_000 }).toEqual(['realign-goal-screen-time']);
    const shown = await session.serviceWorker.evaluate(() => (globalThis as unknown as Chrome).chrome.storage.local.get('goalAlertsShown'));
    expect(shown).toMatchObject({ goalAlertsShown: { rules: ['screen-time'] } });

    await session.serviceWorker.evaluate(() => (globalThis as unknown as Chrome).chrome.notifications.clear('realign-goal-screen-time'));
    // A site limit passed now shows that the alerts ran again, and the screen-time goal stayed silent.
    await session.setExtensionStorage({ siteLimits: { 'x.com': 5, 'youtube.com': 5, 'reddit.com': 5 } });
    await browseTheFeed();
    await expect.poll(notifications, { timeout: 10_000 }).toEqual(['realign-goal-site-limit']);
  });
});
