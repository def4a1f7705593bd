/**
 * `npm run screenshots`: every page of the built extension as a person sees it, light and dark,
 * saved to screenshots/pages/ (outside the tracked tree) for a human to look at:
 *
 *   fresh install ─▶ popup (first day) · welcome · settings · weekly page (empty week)
 *   four weeks of seeded history ─▶ popup (busy day, at Chrome's tallest popup: 380 × 600)
 *                                 ─▶ weekly page (wide, and at 420 px) · settings · model card
 *
 * The popup is shot at the size the toolbar opens it: 380 px wide and at most 600 px tall, its
 * scrollbar hidden as the toolbar window hides it (it sizes the window around the scrollbar).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchExtension, REPO_ROOT, type ExtensionSession } from '../harness/browser';
import { DEMO_FEED } from '../harness/fixtures';
import { makeHistory } from '../harness/synthetic-history';

const OUT = join(REPO_ROOT, 'screenshots', 'pages');
const SCHEMES = ['light', 'dark'] as const;
type Scheme = (typeof SCHEMES)[number];

async function shootPopup(session: ExtensionSession, name: string, scheme: Scheme): Promise<string> {
  const page = await session.context.newPage();
  await page.emulateMedia({ colorScheme: scheme });
  await page.setViewportSize({ width: 380, height: 600 });
  await page.goto(`chrome-extension://${session.extensionId}/popup.html`);
  await page.waitForFunction(() => performance.getEntriesByName('realign:figures-shown').length > 0 || document.querySelector('[role=alert]'), undefined, { timeout: 10_000 }).catch(() => undefined);
  await page.addStyleTag({ content: 'html::-webkit-scrollbar { display: none; }' });
  await page.waitForTimeout(200);
  const path = join(OUT, `popup-${name}-${scheme}.png`);
  await page.screenshot({ path });
  await page.close();
  return path;
}

/** The demo feed with its labels, a scam hidden to show the stub a hidden post leaves. */
async function shootFeed(session: ExtensionSession, scheme: Scheme): Promise<string> {
  await session.setExtensionStorage({ labelModes: { scam: 'hide' } });
  await session.serve('https://mastodon.social/home', { file: DEMO_FEED });
  const page = await session.context.newPage();
  await page.emulateMedia({ colorScheme: scheme });
  await page.setViewportSize({ width: 900, height: 1400 });
  await page.goto('https://mastodon.social/home');
  await page.waitForFunction(() => document.querySelectorAll('article[data-realign]').length >= 12, undefined, { timeout: 10_000 });
  await page.waitForTimeout(500);
  const path = join(OUT, `feed-${scheme}.png`);
  await page.screenshot({ path, fullPage: true });
  await page.close();
  await session.setExtensionStorage({ labelModes: {} });
  return path;
}

async function shootPage(session: ExtensionSession, file: string, name: string, scheme: Scheme, width = 1100): Promise<string> {
  const page: Page = await session.context.newPage();
  await page.emulateMedia({ colorScheme: scheme });
  await page.setViewportSize({ width, height: 900 });
  await page.goto(`chrome-extension://${session.extensionId}/${file}`);
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(400);
  const path = join(OUT, `${name}-${scheme}.png`);
  await page.screenshot({ path, fullPage: true });
  await page.close();
  return path;
}

mkdirSync(OUT, { recursive: true });
const only = process.argv[2];
const shots: string[] = [];
const session = await launchExtension();
try {
  for (const scheme of SCHEMES) {
    if (!only || only === 'feed') shots.push(await shootFeed(session, scheme));
    if (!only || only === 'popup') shots.push(await shootPopup(session, 'first-day', scheme));
    if (!only || only === 'welcome') shots.push(await shootPage(session, 'welcome.html', 'welcome', scheme, 1000));
    if (!only || only === 'report') shots.push(await shootPage(session, 'report.html', 'weekly-empty', scheme));
  }
  const history = makeHistory(Date.now(), 28, 150);
  await session.writeRows('days', history.days);
  await session.writeRows('postsSeen', history.posts);
  await session.writeRows('segments', history.segments);
  for (const scheme of SCHEMES) {
    if (!only || only === 'popup') shots.push(await shootPopup(session, 'busy', scheme));
    if (!only || only === 'report') {
      shots.push(await shootPage(session, 'report.html', 'weekly', scheme));
      shots.push(await shootPage(session, 'report.html', 'weekly-420', scheme, 420));
    }
    if (!only || only === 'settings') shots.push(await shootPage(session, 'options.html', 'settings', scheme));
    if (!only || only === 'model-card') shots.push(await shootPage(session, 'model-card.html', 'model-card', scheme));
  }
} finally {
  await session.close();
}
console.log(`Screenshots (${shots.length}):`);
for (const path of shots) console.log(`  ${path}`);
