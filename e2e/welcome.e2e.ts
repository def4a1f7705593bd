/**
 * The first run in Chromium: installing opens welcome.html by itself (background/first-run.ts;
 * other tests let the harness close it), and this test keeps it:
 *
 *   fresh profile ─▶ welcome.html opens by itself ─▶ defaults already chosen
 *   ─▶ axe-clean, light and dark (screenshots/welcome/) ─▶ choices with the keyboard land in
 *   storage.local as the settings read them ─▶ "Done" closes the tab
 *
 * The goals and label modes use the settings page's own controls (components/GoalFields.tsx,
 * components/LabelModeChoice.tsx): number boxes with their units, and a row of pills per category.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATEGORIES } from '../model/categories';
import { findSeriousViolations } from '../harness/axe';
import { launchExtension, waitForWelcomeTab, REPO_ROOT, type ExtensionSession } from '../harness/browser';
import { CATEGORY_NAMES } from '../text/category-names';

const SHOTS = join(REPO_ROOT, 'screenshots', 'welcome');
// settings/goals.ts's DEFAULT_GOALS, written out: importing that module would start WXT's storage in Node.
const DEFAULT_GOALS = { screenMinutes: 180, createPerConsume: 1, breakMinutes: 90, lateNightHour: 23 };

interface StoredChoices {
  goals?: Record<string, number>;
  labelModes?: Record<string, string>;
}

describe('the welcome page after install', () => {
  let session: ExtensionSession;
  let welcome: Page;

  const readStored = () =>
    session.serviceWorker.evaluate(
      () =>
        (globalThis as unknown as { chrome: { storage: { local: { get(keys: string[]): Promise<StoredChoices> } } } }).chrome.storage.local.get([
          'goals',
          'labelModes',
        ]),
    );

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    session = await launchExtension({ viewport: { width: 1000, height: 800 }, keepWelcome: true });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('opens by itself on install, and says what Realign does and keeps', async () => {
    const opened = await waitForWelcomeTab(session.context, session.extensionId);
    expect(opened?.url()).toBe(`chrome-extension://${session.extensionId}/welcome.html`);
    welcome = opened!;
    await welcome.waitForSelector('h1');
    expect(await welcome.getByRole('heading', { level: 1 }).textContent()).toBe('Welcome to Realign');
    expect(await welcome.getByText('Nothing is sent anywhere.').count()).toBe(1);
  });

  it('has the defaults chosen already, and stores nothing until the person chooses', async () => {
    expect(await welcome.getByRole('spinbutton', { name: 'Screen time a day' }).inputValue()).toBe(String(DEFAULT_GOALS.screenMinutes));
    expect(await welcome.getByRole('spinbutton', { name: 'Create for every minute consumed' }).inputValue()).toBe(String(DEFAULT_GOALS.createPerConsume));
    expect(await welcome.getByRole('spinbutton', { name: 'A break at least every' }).inputValue()).toBe(String(DEFAULT_GOALS.breakMinutes));
    expect(await welcome.getByRole('spinbutton', { name: 'Late night starts at' }).inputValue()).toBe(String(DEFAULT_GOALS.lateNightHour));
    for (const category of CATEGORIES) {
      const group = welcome.getByRole('group', { name: CATEGORY_NAMES[category] });
      expect(await group.getByRole('radio', { name: 'Label' }).isChecked(), category).toBe(true);
    }
    expect(await readStored()).toEqual({});
  });

  it('passes the accessibility check in light and dark', async () => {
    await welcome.emulateMedia({ colorScheme: 'light' });
    expect(await findSeriousViolations(welcome)).toEqual([]);
    await welcome.screenshot({ path: join(SHOTS, 'welcome-light.png'), fullPage: true });
    await welcome.emulateMedia({ colorScheme: 'dark' });
    expect(await findSeriousViolations(welcome)).toEqual([]);
    await welcome.screenshot({ path: join(SHOTS, 'welcome-dark.png'), fullPage: true });
    await welcome.emulateMedia({ colorScheme: 'light' });
  });

  it('takes goals and label choices from the keyboard alone, and stores them', async () => {
    const screen = welcome.getByRole('spinbutton', { name: 'Screen time a day' });
    await screen.focus();
    await welcome.keyboard.press('Control+A');
    await welcome.keyboard.type('1e3'); // refused beside the box, as on the settings page, nothing stored
    await welcome.keyboard.press('Enter');
    await expect.poll(() => welcome.locator('#goal-screenMinutes-message').textContent()).toMatch(/^Choose a number from 15 to 1\D?440\. Still using 180\.$/);
    expect(await welcome.locator('#goal-screenMinutes-message').getAttribute('class')).toContain('field__message--error');
    expect(await readStored()).toEqual({});
    await welcome.keyboard.press('Control+A');
    await welcome.keyboard.type('240');
    // Cleared as soon as the box holds a number that fits.
    await expect.poll(() => welcome.locator('#goal-screenMinutes-message').textContent()).toBe('');
    await welcome.keyboard.press('Enter');
    await expect.poll(async () => (await readStored()).goals?.screenMinutes).toBe(240);
    expect(await welcome.locator('#goal-screenMinutes-message').textContent()).toBe('Saved.');

    // In a radio group the arrow keys move the choice: Label → Blur for outrage, Label → Off for AI.
    await welcome.getByRole('group', { name: CATEGORY_NAMES.outrage }).getByRole('radio', { name: 'Label' }).focus();
    await welcome.keyboard.press('ArrowRight');
    await welcome.getByRole('group', { name: CATEGORY_NAMES.ai }).getByRole('radio', { name: 'Label' }).focus();
    await welcome.keyboard.press('ArrowLeft');
    await expect.poll(async () => (await readStored()).labelModes).toMatchObject({ outrage: 'blur', ai: 'off', fear: 'label' });
    expect(await welcome.locator('.welcome__done [role="status"]').textContent()).toMatch(/^Saved: /);
    await welcome.screenshot({ path: join(SHOTS, 'welcome-chosen.png'), fullPage: true });
  });

  it('closes its tab on "Done"', async () => {
    await welcome.getByRole('button', { name: 'Done' }).focus();
    // The tab may close before the key press reports back; the close event is what counts.
    await Promise.all([welcome.waitForEvent('close'), welcome.keyboard.press('Enter').catch(() => {})]);
    expect(session.context.pages().some((page) => page.url().endsWith('/welcome.html'))).toBe(false);
  });
});
