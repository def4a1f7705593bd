/**
 * `npm start`: the built extension in Chromium on the demo feed, served offline at its real URL.
 * With a display, a window opens and stays until you close it; without one, Chromium runs
 * headless and screenshots of the demo feed and the popup are saved to screenshots/start/.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchExtension, REPO_ROOT } from '../harness/browser';
import { DEMO_FEED } from '../harness/fixtures';

const DEMO_URL = 'https://mastodon.social/home';
const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

const session = await launchExtension({ headless: !hasDisplay });
await session.serve(DEMO_URL, { file: DEMO_FEED });
const feed = await session.context.newPage();
await feed.goto(DEMO_URL);
// Posts count as seen after a second on screen and reach the background in batches every two
// seconds: wait (at most 10 s) until some are stored, so the popup has a day to show.
for (let tries = 0; tries < 100; tries++) {
  if ((await session.readTable('postsSeen')).length > 0) break;
  await feed.waitForTimeout(100);
}

if (hasDisplay) {
  await session.openExtensionPage('popup.html');
  await feed.bringToFront();
  console.log(`Realign is running in Chromium on the demo feed (${DEMO_URL}, served offline).`);
  console.log('Click the Realign icon in the toolbar for the popup. Close the window to finish.');
  await new Promise<void>((resolve) => session.context.on('close', () => resolve()));
} else {
  const folder = join(REPO_ROOT, 'screenshots', 'start');
  mkdirSync(folder, { recursive: true });
  await feed.screenshot({ path: join(folder, 'demo-feed.png') });
  // As the toolbar shows it: 380 px wide, as tall as its content up to Chrome's 600 px, and the
  // scrollbar hidden as the toolbar window hides it (it sizes the window around it, no clipped edge).
  const popup = await session.openExtensionPage('popup.html');
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.waitForFunction(() => performance.getEntriesByName('realign:figures-shown').length > 0, undefined, { timeout: 10_000 }).catch(() => undefined);
  await popup.addStyleTag({ content: 'html::-webkit-scrollbar { display: none; }' });
  const height = Math.min(600, await popup.evaluate(() => document.documentElement.scrollHeight));
  await popup.setViewportSize({ width: 380, height });
  await popup.screenshot({ path: join(folder, 'popup.png') });
  await session.close();
  console.log('No display here, so Chromium ran headless. Screenshots:');
  console.log(`  ${join(folder, 'demo-feed.png')}`);
  console.log(`  ${join(folder, 'popup.png')}`);
}
